import { logInContext, uniqueSuffix } from '../../fixtures/api';
import { linkTo } from '../../fixtures/mailbox';
import { rigaLocalDaysFromNow, rigaLocalToInstant, typeDate } from '../../fixtures/riga-time';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { demoAccount } from '../../support/run-env';

/**
 * Trainings and events: the organiser creates an event on a phone; a visitor registers and
 * confirms by e-mail; another, in English, is
 * waitlisted and promoted when the first cancels; the organiser checks people in on a phone.
 */
test('visitors register, the waiting list is promoted on cancellation, the organiser checks in on a phone', async ({ page, browser, baseURL, mailbox }) => {
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const startsLocal = rigaLocalDaysFromNow(6, 10, 0);
  const startsAt = rigaLocalToInstant(startsLocal);
  const titleLv = `Seminārs „Ģimeņu sēta” ${suffix}`;
  const titleEn = `Seminar “Family yard” ${suffix}`;
  // The organiser works on a phone throughout.
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 }, locale: 'lv-LV', timezoneId: 'America/New_York' });
  await logInContext(phone, demoAccount('consultant'));
  const organiserPage = await phone.newPage();
  const event = await test.step('the organiser creates the event on a phone, in Riga time', async () => {
    await organiserPage.goto('/manage/events/new');
    await organiserPage.getByLabel('Nosaukums latviski').fill(titleLv);
    await organiserPage.getByLabel('Nosaukums angliski').fill(titleEn);
    await organiserPage.getByLabel('Apraksts latviski').fill('Praktisks seminārs par kopienas iesaisti.');
    await organiserPage.getByLabel('Apraksts angliski').fill('A practical seminar on community engagement.');
    await typeDate(organiserPage.getByLabel('Sākums (Rīgas laiks)'), startsLocal);
    await typeDate(organiserPage.getByLabel('Beigas (Rīgas laiks)'), startsLocal.replace('T10:00', 'T14:00'));
    await typeDate(organiserPage.getByLabel('Pieteikšanās termiņš (Rīgas laiks)'), startsLocal.replace('T10:00', 'T09:00'));
    await organiserPage.getByRole('combobox', { name: 'Pašvaldība' }).click();
    await organiserPage.getByRole('option', { name: 'Preiļu novads' }).click();
    await organiserPage.getByLabel('Adrese').fill('Raiņa bulvāris 28, Preiļi');
    await organiserPage.getByLabel('Vietu skaits').fill('1');
    await organiserPage.getByRole('checkbox', { name: 'Pedagogi' }).check();
    await organiserPage.getByRole('checkbox', { name: 'Vecāki' }).check();
    await expectNoSeriousA11yViolations(organiserPage, 'new event form (phone)');
    await organiserPage.getByRole('button', { name: 'Saglabāt pasākumu' }).click();
    await expect(organiserPage.getByRole('heading', { level: 1, name: titleLv })).toBeVisible();
    await expect(organiserPage.getByText('10:00–14:00')).toBeVisible();
    return { id: organiserPage.url().split('/').pop()! };
  });
  expect(startsAt.getTime()).toBeGreaterThan(Date.now());
  const first = { name: `Ilze Ērgle ${suffix}`, email: `ilze-${suffix.toLowerCase()}@example.test` };
  const second = { name: `Mark Green ${suffix}`, email: `mark-${suffix.toLowerCase()}@example.test` };

  await test.step('a visitor finds the event in Latvian, registers and confirms by the e-mailed link', async () => {
    await page.goto('/events');
    await expect(page.getByRole('heading', { level: 1, name: 'Apmācības un pasākumi' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'event list (lv)');
    await page.getByRole('link', { name: titleLv }).click();
    await expect(page.getByRole('heading', { level: 1, name: titleLv })).toBeVisible();
    await expect(page.getByText('Brīvas vietas: 1 no 1')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'event page (lv)');
    await page.getByLabel('Vārds un uzvārds').fill(first.name);
    await page.getByLabel('E-pasta adrese').fill(first.email);
    await page.getByRole('combobox', { name: 'Dalībnieku grupa' }).selectOption({ label: 'Pedagogi' });
    await page.getByRole('button', { name: 'Pieteikties' }).click();
    await expect(page.getByText('Pārbaudiet e-pastu')).toBeVisible();
    const mail = await mailbox.waitFor(first.email, { where: (m) => m.subject.startsWith('Apstipriniet') });
    await page.goto(linkTo(mail, '/events/confirm').toString().replace(/^https?:\/\/[^/]+/, ''));
    await page.getByRole('button', { name: 'Apstiprināt pieteikšanos' }).click();
    await expect(page.getByText('Jūs esat pieteicies')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'confirmation page (lv)');
  });

  const english = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'America/New_York' });
  const englishPage = await english.newPage();
  await test.step('another visitor, in English, lands on the waiting list', async () => {
    await englishPage.goto(`/events/${event.id}`);
    // The page opens in Latvian (the app's default) once its code and texts are there; then switch.
    await expect(englishPage.getByRole('heading', { level: 1 })).toBeVisible();
    const switcher = englishPage.getByRole('group', { name: 'Valoda' });
    if (await switcher.isVisible()) await switcher.getByRole('button', { name: 'English' }).click();
    await expect(englishPage.getByRole('heading', { level: 1, name: titleEn })).toBeVisible();
    await expect(englishPage.getByText('All places are taken: if you register, you join the waiting list.')).toBeVisible();
    await expectNoSeriousA11yViolations(englishPage, 'event page (en)');
    await englishPage.getByLabel('Full name').fill(second.name);
    await englishPage.getByLabel('E-mail address').fill(second.email);
    await englishPage.getByRole('combobox', { name: 'Participant group' }).selectOption({ label: 'NGO members' });
    await englishPage.getByRole('button', { name: 'Register' }).click();
    const mail = await mailbox.waitFor(second.email, { where: (m) => m.subject.startsWith('Confirm your registration') });
    await englishPage.goto(linkTo(mail, '/events/confirm').toString().replace(/^https?:\/\/[^/]+/, ''));
    await englishPage.getByRole('button', { name: 'Confirm registration' }).click();
    await expect(englishPage.getByText('You are on the waiting list')).toBeVisible();
  });

  await test.step('the first visitor cancels by the link in the mail; the waiting list is promoted with an e-mail', async () => {
    const booked = await mailbox.waitFor(first.email, { where: (m) => m.subject.startsWith('Jūs esat pieteicies') });
    await page.goto(linkTo(booked, '/events/cancel').toString().replace(/^https?:\/\/[^/]+/, ''));
    await page.getByRole('button', { name: 'Atteikties no dalības' }).click();
    await expect(page.getByText('Dalība atsaukta')).toBeVisible();
    const promoted = await mailbox.waitFor(second.email, { where: (m) => m.subject.startsWith('A place opened up for you') });
    expect(promoted.subject).toContain(titleEn);
    expect(promoted.text).toContain(`Event: ${titleEn}`);
  });

  await test.step('the organiser checks the participant in on a phone and sees the counts by group', async () => {
    await organiserPage.goto(`/events/${event.id}`);
    await organiserPage.getByRole('link', { name: 'Dalībnieku reģistrācija' }).click();
    await organiserPage.getByRole('searchbox', { name: 'Meklēt pēc vārda' }).fill('mark green');
    await expect(organiserPage.getByRole('list', { name: 'Dalībnieki' }).getByRole('listitem')).toHaveCount(1);
    const checkIn = organiserPage.getByRole('button', { name: `Atzīmēt ierašanos — ${second.name}` });
    await checkIn.click();
    await expect(organiserPage.getByRole('button', { name: `Ieradies — ${second.name}` })).toHaveAttribute('aria-pressed', 'true');
    await expect(organiserPage.getByRole('row', { name: 'NVO biedri 1 1' })).toBeVisible();
    await expectNoSeriousA11yViolations(organiserPage, 'check-in (phone)');
    const certificate = await organiserPage.getByRole('link', { name: 'Lejupielādēt apliecinājumu (PDF)' }).getAttribute('href');
    const pdf = await phone.request.get(certificate!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  });

  await english.close();
  await phone.close();
});
