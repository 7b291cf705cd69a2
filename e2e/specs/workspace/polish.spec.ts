import type { Browser, BrowserContext } from '@playwright/test';
import { registerVerifiedPerson, type NewPerson } from '../../fixtures/accounts';
import { buildCall, KopaApi, uniqueSuffix } from '../../fixtures/api';
import { freshRegistrationNumber } from '../../fixtures/registration-number';
import { applicantWhoSubmitted, publishedSmallCall } from '../../fixtures/submitted-applications';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { typeDate } from '../../fixtures/riga-time';

/**
 * ISSUE 10, fixes: a changed budget compared line by line; frozen questions while a
 * clarification is answered; a cross-field date rule, a whole-number field and limits in the
 * messages; the history in sessions with no raw keys.
 */
test.describe.configure({ timeout: 150_000 });

const DAY = 86_400_000;

async function signedInContext(browser: Browser, baseURL: string, person: NewPerson): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'America/New_York' });
  await new KopaApi(context.request).login(person);
  return context;
}

test('a clarified budget: frozen questions are locked, the compare shows the changed lines, the history has no raw keys', async ({
  browser,
  baseURL,
  api,
  mailbox,
  coordinatorApi,
  asCoordinator,
}) => {
  const [municipality] = await coordinatorApi.municipalities();
  const { call } = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code] });
  const applicant = await applicantWhoSubmitted({ browser, baseURL: baseURL!, api, mailbox }, call.id, municipality!.code, 'lv', { namePrefix: 'Biedrība Polish' });
  await coordinatorApi.write('POST', `/api/applications/${applicant.applicationId}/clarifications`, {
    questionIds: ['budget'],
    message: 'Lūdzu, precizējiet budžetu.',
    dueAt: new Date(Date.now() + 5 * DAY).toISOString(),
  });

  // The applicant answers: the title is frozen, visibly and for assistive technology.
  const context = await signedInContext(browser, baseURL!, applicant);
  const page = await context.newPage();
  await page.goto(`/applications/${applicant.applicationId}`);
  const frozen = page.getByRole('group', { name: 'Nav labojams' });
  await expect(frozen).toHaveCount(1);
  await expect(frozen).toContainText('precizējuma pieprasījums atvēra labošanai tikai citus jautājumus');
  await expect(frozen.getByRole('textbox', { name: 'Projekta nosaukums' })).toHaveAttribute('readonly', '');
  await expectNoSeriousA11yViolations(page, 'clarification with frozen questions');

  const applicantApi = new KopaApi(context.request);
  const current = await applicantApi.get<{ fieldVersions: Record<string, number> }>(`/api/applications/${applicant.applicationId}`);
  await applicantApi.write('PATCH', `/api/applications/${applicant.applicationId}/answers`, {
    changes: {
      budget: [
        { category: 'materials', description: 'Stādi', quantity: 2, unitCostCents: 60_000, ownContributionCents: 12_000 },
        { category: 'travel', description: 'Autobuss', quantity: 1, unitCostCents: 20_000, ownContributionCents: 2_000 },
      ],
    },
    baseFieldVersions: { budget: current.fieldVersions.budget ?? 0 },
  });
  await applicantApi.write('POST', `/api/applications/${applicant.applicationId}/submit`);
  await context.close();

  // The coordinator compares revision 1 with 2: the lines, old and new, and both totals.
  await asCoordinator.goto(`/manage/applications/${applicant.applicationId}`);
  await expect(asCoordinator.getByRole('heading', { name: 'Salīdzināt redakcijas' })).toBeVisible();
  const changes = asCoordinator.locator('table').filter({ hasText: 'Mainītas 2 budžeta rindas' });
  await expect(changes).toBeVisible();
  const changed = changes.getByRole('row', { name: /Mainīta: Materiāli — Stādi/ });
  await expect(changed).toContainText('1 × 1100,00 €');
  await expect(changed).toContainText('2 × 600,00 €');
  await expect(changes.getByRole('row', { name: /Pievienota: .* Autobuss/ })).toContainText('200,00 €');
  await expect(changes.getByRole('row', { name: /^Kopējās izmaksas/ })).toContainText('1400,00 €');

  // The history: words, never keys such as attachment.uploaded.
  const history = asCoordinator.getByRole('region', { name: 'Vēsture' });
  await expect(history.getByRole('cell', { name: 'Pieteikums iesniegts atkārtoti' })).toBeVisible();
  const texts = await history.getByRole('cell').allInnerTexts();
  expect(texts.filter((text) => /\b[a-z_-]+\.[a-z_-]+\b/.test(text))).toEqual([]);
  await expectNoSeriousA11yViolations(asCoordinator, 'compare and history');
});

test('an end date before the start date, "2,5" in a whole-number field and a too small number are errors that say why', async ({
  browser,
  baseURL,
  api,
  mailbox,
  coordinatorApi,
}) => {
  const [municipality] = await coordinatorApi.municipalities();
  const input = await buildCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code] });
  let call = await coordinatorApi.createCall(input);
  const label = (lv: string, en: string) => ({ lv, en });
  await coordinatorApi.write('PUT', `/api/calls/${call.id}/form`, {
    baseVersion: null,
    definition: {
      attachmentMaxBytes: 1024 * 1024,
      sections: [
        {
          id: 'main',
          title: label('Projekts', 'Project'),
          questions: [
            { id: 'people', type: 'number', label: label('Dalībnieku skaits', 'Participants'), integer: true, min: 5 },
            { id: 'start', type: 'date', label: label('Sākuma datums', 'Start date') },
            { id: 'finish', type: 'date', label: label('Beigu datums', 'End date'), compare: { relation: 'after', questionId: 'start' } },
          ],
        },
      ],
    },
  });
  call = await coordinatorApi.publishCall(call);

  const person = await registerVerifiedPerson(api, mailbox, { locale: 'lv' });
  await api.login(person);
  const suffix = uniqueSuffix();
  const organisation = await api.write<{ id: string }>('POST', '/api/organisations', {
    type: 'association',
    legalName: `Biedrība Datumi ${suffix}`,
    registrationNumber: freshRegistrationNumber(),
    municipalityCode: municipality!.code,
    address: 'Raiņa bulvāris 19, Preiļi, LV-5301',
    contactEmail: `datumi.${suffix.toLowerCase()}@example.test`,
    contactPhone: '+371 26000000',
    description: 'Kopienas biedrība.',
  });
  const started = await api.write<{ id: string }>('POST', '/api/applications', { callId: call.id, organisationId: organisation.id });

  const context = await signedInContext(browser, baseURL!, person);
  const page = await context.newPage();
  await page.goto(`/applications/${started.id}`);
  const people = page.getByRole('textbox', { name: 'Dalībnieku skaits' });
  await people.fill('2,5');
  await expect(page.getByText('Ievadiet veselu skaitli, piemēram, 25 (bez komata)')).toBeVisible();
  await people.fill('3');
  await typeDate(page.getByLabel('Sākuma datums'), '2027-03-10');
  await typeDate(page.getByLabel('Beigu datums'), '1.3.2027');
  await page.getByRole('button', { name: 'Iesniegt pieteikumu' }).click();
  await expect(page.getByText('Vērtībai jābūt vismaz 5').first()).toBeVisible();
  await expect(page.getByText('Jābūt vēlāk nekā „Sākuma datums”').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'validation messages');

  // The browser speaks American English; the dates are in the app's Latvian, typed or picked.
  await expect(page.getByLabel('Sākuma datums')).toHaveValue('2027. gada 10. marts');
  await expect(page.getByLabel('Beigu datums')).toHaveValue('2027. gada 1. marts');
  await page.getByLabel('Beigu datums').click();
  await expect(page.getByText('marts 2027', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'date picker in Latvian');
  await page.getByRole('button', { name: '2027. gada 20. marts', exact: true }).click();
  await expect(page.getByLabel('Beigu datums')).toHaveValue('2027. gada 20. marts');
  await expect
    .poll(async () => (await api.get<{ answers: Record<string, unknown> }>(`/api/applications/${started.id}`)).answers)
    .toMatchObject({ start: '2027-03-10', finish: '2027-03-20' });
  await context.close();
});
