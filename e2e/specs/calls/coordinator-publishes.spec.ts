import { uniqueSuffix, type Call } from '../../fixtures/api';
import { formatRiga, nextRigaClockChangeDay, rigaLocalDaysFromNow, rigaLocalToInstant, typeDate } from '../../fixtures/riga-time';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

test('the coordinator creates a call as a draft and publishes it', async ({ asCoordinator: page, coordinatorApi }) => {
  const suffix = uniqueSuffix();
  const call = {
    code: `P${suffix.slice(-7)}`,
    titleLv: `Zaļās pagalmu talkas ${suffix}`,
    titleEn: `Green courtyard clean-ups ${suffix}`,
    descriptionLv: `Atbalstām kopienu talkas pagalmos un parkos.\nPieteikties var biedrības un skolas. ${suffix}`,
    descriptionEn: `We support community clean-ups in courtyards and parks.\nAssociations and schools may apply. ${suffix}`,
    // Typed the way people write euros in Latvia: spaces between thousands, comma for cents.
    budget: '25 000',
    minAward: '500',
    maxAward: '3 000,50',
    ownContribution: '10',
    // Riga wall-clock times, typed in a browser that runs in New York (playwright.config.ts),
    // open across Riga's next clock change so that both UTC offsets are in play.
    opensAt: rigaLocalDaysFromNow(1, 9, 0),
    closesAt: `${nextRigaClockChangeDay()}T12:00`,
  };

  await test.step('opens call management', async () => {
    await page.goto('/');
    await expectNoSeriousA11yViolations(page, 'home (coordinator)');
    await page
      .getByRole('navigation', { name: 'Galvenā navigācija' })
      .getByRole('link', { name: 'Konkursu pārvaldība' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Konkursu pārvaldība' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'manage calls');
  });

  await test.step('fills in the new call form', async () => {
    await page.getByRole('link', { name: 'Jauns konkurss' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jauns konkurss' })).toBeVisible();
    await expect(page.getByLabel('Nosaukums latviski')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'new call');

    await page.getByLabel('Konkursa kods').fill(call.code);
    await page.getByLabel('Programma').selectOption({ label: 'Darbīgās kopienas' });
    await page.getByLabel('Nosaukums latviski').fill(call.titleLv);
    await page.getByLabel('Nosaukums angliski').fill(call.titleEn);
    await page.getByLabel('Apraksts latviski').fill(call.descriptionLv);
    await page.getByLabel('Apraksts angliski').fill(call.descriptionEn);

    const types = page.getByRole('group', { name: 'Atbilstošie organizāciju veidi' });
    await types.getByRole('checkbox', { name: 'Biedrība' }).check();
    await types.getByRole('checkbox', { name: 'Skola' }).check();
    const municipalities = page.getByRole('group', { name: 'Atbilstošās pašvaldības' });
    await municipalities.getByRole('checkbox', { name: 'Preiļu novads' }).check();
    await municipalities.getByRole('checkbox', { name: 'Ludzas novads' }).check();

    await page.getByLabel('Konkursa kopējais budžets (EUR)').fill(call.budget);
    await page.getByLabel('Minimālā piešķiramā summa (EUR)').fill(call.minAward);
    await page.getByLabel('Maksimālā piešķiramā summa (EUR)').fill(call.maxAward);
    await page.getByLabel('Nepieciešamais līdzfinansējums (%)').fill(call.ownContribution);
    await typeDate(page.getByLabel('Pieteikšanās sākums (Rīgas laiks)'), call.opensAt);
    await typeDate(page.getByLabel('Pieteikšanās beigas (Rīgas laiks)'), call.closesAt);
  });

  await test.step('saves it as a draft', async () => {
    await page.getByRole('button', { name: 'Izveidot konkursu' }).click();
    await expect(page.getByRole('heading', { level: 1, name: call.titleLv })).toBeVisible();
    await expect(page.getByText('Melnraksts', { exact: true })).toBeVisible();
    // The editor shows the times back as typed, in Riga time and in Latvian words.
    await expect(page.getByLabel('Pieteikšanās sākums (Rīgas laiks)')).toHaveValue(formatRiga(rigaLocalToInstant(call.opensAt), 'lv'));
    await expect(page.getByLabel('Pieteikšanās beigas (Rīgas laiks)')).toHaveValue(formatRiga(rigaLocalToInstant(call.closesAt), 'lv'));
    await expectNoSeriousA11yViolations(page, 'call editor (draft)');
  });

  await test.step('the API stored euros as cents and Riga times as instants', async () => {
    const { items } = await coordinatorApi.get<{ items: Call[] }>('/api/calls');
    const saved = items.find((item) => item.code === call.code);
    expect(saved, `call ${call.code} in GET /api/calls`).toBeDefined();
    expect(saved).toMatchObject({
      status: 'draft',
      title: { lv: call.titleLv, en: call.titleEn },
      description: { lv: call.descriptionLv, en: call.descriptionEn },
      budgetEnvelopeCents: 2_500_000,
      minAwardCents: 50_000,
      maxAwardCents: 300_050,
      ownContributionPercent: 10,
    });
    expect(new Set(saved!.eligibleOrganisationTypes)).toEqual(new Set(['association', 'school']));
    expect(new Set(saved!.eligibleMunicipalityCodes)).toEqual(new Set(['preili', 'ludza']));
    expect(new Date(saved!.opensAt).toISOString()).toBe(rigaLocalToInstant(call.opensAt).toISOString());
    expect(new Date(saved!.closesAt).toISOString()).toBe(rigaLocalToInstant(call.closesAt).toISOString());
  });

  await test.step('publishes it', async () => {
    await page.getByRole('button', { name: 'Publicēt' }).click();
    await expect(page.getByText('Publicēts', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publicēt' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'call editor (published)');
  });

  await test.step('the list shows it as published', async () => {
    await page.getByRole('link', { name: 'Atpakaļ uz konkursu pārvaldību' }).click();
    const row = page.getByRole('row').filter({ hasText: call.titleLv });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('cell').nth(2)).toHaveText('Publicēts');
    await expectNoSeriousA11yViolations(page, 'manage calls (after publishing)');
  });
});
