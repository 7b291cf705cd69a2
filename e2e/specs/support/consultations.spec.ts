import { registerVerifiedPerson } from '../../fixtures/accounts';
import { KopaApi, logInContext, uniqueSuffix } from '../../fixtures/api';
import { letConsultationTakePlace } from '../../fixtures/consultations';
import { freshRegistrationNumber } from '../../fixtures/registration-number';
import { rigaLocalDaysFromNow, typeDate } from '../../fixtures/riga-time';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { demoAccount } from '../../support/run-env';

test('a consultant publishes a time, an applicant books it and gets the .ics, the consultant records the outcome', async ({ browser, baseURL, api, mailbox }) => {
  test.setTimeout(120_000);
  // The consultant publishes a one-off online time, 20 days ahead, through the agenda page.
  const consultantContext = await browser.newContext({ baseURL });
  await logInContext(consultantContext, demoAccount('consultant'));
  const consultant = await consultantContext.newPage();
  await consultant.goto('/consultations');
  await expect(consultant.getByRole('heading', { level: 1, name: 'Manas konsultācijas' })).toBeVisible({ timeout: 30_000 });
  // A random minute, so repeated runs against one database never overlap the demo consultant's slots.
  const minute = String(Math.floor(Math.random() * 50) + 10);
  const date = rigaLocalDaysFromNow(20 + Math.floor(Math.random() * 200), 7, 0).slice(0, 10);
  await typeDate(consultant.getByLabel('Datums'), date);
  await consultant.getByLabel('Sākuma laiks (Rīgas laiks)').fill(`07:${minute}`);
  await consultant.getByLabel('Tiešsaistes tikšanās saite').fill('https://meet.example.org/kopa');
  await consultant.getByRole('checkbox', { name: 'Budžets' }).check();
  await consultant.getByRole('button', { name: 'Publicēt' }).click();
  await expect(consultant.getByText('Laiki publicēti')).toBeVisible();
  await expectNoSeriousA11yViolations(consultant, 'consultant agenda');

  // An applicant with an organisation books it.
  const person = await registerVerifiedPerson(api, mailbox);
  const applicantContext = await browser.newContext({ baseURL });
  await logInContext(applicantContext, person);
  const suffix = uniqueSuffix();
  await new KopaApi(applicantContext.request).write('POST', '/api/organisations', {
    type: 'association',
    legalName: `Biedrība Konsultācija ${suffix}`,
    registrationNumber: freshRegistrationNumber(),
    municipalityCode: 'preili',
    address: 'Raiņa bulvāris 19, Preiļi, LV-5301',
    contactEmail: `biedriba.${suffix.toLowerCase()}@example.test`,
    contactPhone: '+371 26000000',
    description: 'Kopienas biedrība.',
  });
  const applicant = await applicantContext.newPage();
  await applicant.goto('/consultations/book');
  await expect(applicant.getByRole('heading', { level: 1, name: 'Pieteikties konsultācijai' })).toBeVisible();
  await applicant.getByRole('combobox', { name: 'Tēma' }).click();
  await applicant.getByRole('option', { name: 'Budžets' }).click();
  const slot = applicant.getByRole('radio', { name: new RegExp(`07:${minute} · Tiešsaistē · Konstantīns Konsultants`) });
  await slot.check();
  await applicant.getByLabel('Jūsu jautājums').fill('Kā plānot līdzfinansējumu mūsu budžetā?');
  await expectNoSeriousA11yViolations(applicant, 'booking');
  await applicant.getByRole('button', { name: 'Pieteikties', exact: true }).click();
  await expect(applicant).toHaveURL(/\/consultations\/[0-9a-f-]{36}$/);
  await expect(applicant.getByRole('heading', { level: 1, name: 'Konsultācija', exact: true })).toBeVisible();
  const bookingId = applicant.url().split('/').pop()!;

  const mail = await mailbox.waitFor(person.email, { where: (message) => message.subject.startsWith('Konsultācija pieteikta') });
  expect(mail.attachments).toContain('konsultacija.ics');
  const download = applicant.waitForEvent('download');
  await applicant.getByRole('link', { name: 'Lejupielādēt kalendāra datni (.ics)' }).click();
  const ics = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(ics).toString('utf8');
  expect(text).toContain('METHOD:REQUEST');
  expect(text).toContain(`UID:consultation-${bookingId}@`);
  await expectNoSeriousA11yViolations(applicant, 'consultation page');

  // After the session the consultant records it; the organisation sees the outcome, never the notes.
  await letConsultationTakePlace(bookingId);
  await consultant.goto(`/consultations/${bookingId}`);
  await consultant.getByLabel('Rezultāts').fill('Budžeta tāme pārskatīta kopā.');
  await consultant.getByLabel('Turpmākie soļi').fill('Nosūtīt precizētu tāmi.');
  await consultant.getByLabel('Privātas piezīmes').fill('Iekšēja piezīme konsultantiem.');
  await consultant.getByRole('button', { name: 'Saglabāt pierakstu' }).click();
  await expect(consultant.getByText('Pieraksts saglabāts')).toBeVisible();
  await expectNoSeriousA11yViolations(consultant, 'consultation record');

  await applicant.reload();
  await expect(applicant.getByText('Budžeta tāme pārskatīta kopā.')).toBeVisible();
  await expect(applicant.getByText('Iekšēja piezīme konsultantiem.')).toHaveCount(0);
  await consultantContext.close();
  await applicantContext.close();
});

test('the resource-centre directory and a centre page, in Latvian and English', async ({ page }) => {
  await page.goto('/resource-centres');
  await expect(page.getByRole('heading', { level: 1, name: 'Kopienu resursu centri' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Pašvaldība' }).selectOption({ label: 'Preiļu novads' });
  await expect(page.getByRole('status').filter({ hasText: 'Atrasti 3 centri' })).toBeVisible();
  await expect(page).toHaveURL(/municipality=preili/);
  await expectNoSeriousA11yViolations(page, 'directory lv');
  await page.getByRole('link', { name: 'Aglonas kopienas resursu centrs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aglonas kopienas resursu centrs' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Konsultācijas klātienē' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Gaidāmie pasākumi' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'centre page lv');

  await page.getByRole('group', { name: 'Valoda' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Consultations in person' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Upcoming events' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'centre page en');
  await page.getByRole('link', { name: 'All resource centres' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Community resource centres' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'directory en');
});
