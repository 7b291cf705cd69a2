import type { Page } from '@playwright/test';
import { registerVerifiedPerson } from '../../fixtures/accounts';
import { KopaApi, logInContext, uniqueSuffix } from '../../fixtures/api';
import { minimalPdf, writeTempFile } from '../../fixtures/files';
import type { Mailbox } from '../../fixtures/mailbox';
import { freshRegistrationNumber } from '../../fixtures/registration-number';
import { formatCalendarDate, typeDate } from '../../fixtures/riga-time';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { APPLICANT_TEXT, type Language } from './apply-and-submit.texts';

/**
 * ISSUE 3, "Must be tested" (e2e): a new applicant creates an organisation, applies to the
 * open demo call DK, fills its multi-section form (show-if follow-up, budget, file), reloads
 * mid-way and finds everything saved, submits once, and gets the receipt with its PDF.
 * The same flow runs in Latvian and in English; axe checks every page on the way.
 */

// The whole journey of an applicant, with axe on nine pages: longer than the default minute.
test.describe.configure({ timeout: 180_000 });

/** Euro amounts and percentages as the interface writes them, computed here with plain Intl. */
function euros(cents: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-IE' : 'lv-LV', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
function percent(value: number, language: Language): string {
  return `${new Intl.NumberFormat(language === 'en' ? 'en-IE' : 'lv-LV', { maximumFractionDigits: 2 }).format(value)} %`;
}
/** "a label, then its value", tolerant of how the two are laid out (spaces, a colon, nbsp). */
function labelled(label: string, value: string): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s\u00a0\u202f]+/g, '[\\s\\u00a0\\u202f]*');
  return new RegExp(`${escape(label)}[\\s\\u00a0:]*${escape(value)}`);
}

function rigaNow(): { year: number; minutes: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', hourCycle: 'h23', year: 'numeric', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date())
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
  return { year: parts.year, minutes: parts.hour * 60 + parts.minute };
}

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * The budget: 3 × 115 € (own 60 €) + 10 × 85,50 € (own 120 €) = 1 200 € in all, 180 € own
 * contribution (15 %, above the call's 10 %), 1 020 € requested (between 500 € and 3 000 €).
 */
const BUDGET = {
  lines: [
    { category: 'venue', description: 'Zāles noma darbnīcām', quantity: '3', unitCost: { lv: '115', en: '115' }, own: '60', totalCents: 34_500 },
    { category: 'materials', description: 'Krāsas un otas', quantity: '10', unitCost: { lv: '85,50', en: '85.50' }, own: '120', totalCents: 85_500 },
  ],
  totalCents: 120_000,
  ownCents: 18_000,
  ownPercent: 15,
  requestedCents: 102_000,
} as const;

async function runApplicantFlow(page: Page, language: Language, deps: { api: KopaApi; mailbox: Mailbox }) {
  const T = APPLICANT_TEXT[language];
  const { api, mailbox } = deps;
  const suffix = uniqueSuffix();
  const organisationName = language === 'lv' ? `Biedrība „Saulgrieži” ${suffix}` : `Association “Solstice” ${suffix}`;
  const registrationNumber = freshRegistrationNumber();
  const answers = {
    projectTitle: language === 'lv' ? `Kopienas darbnīcas Preiļos ${suffix}` : `Community workshops in Preiļi ${suffix}`,
    summary:
      language === 'lv'
        ? 'Rīkosim radošās darbnīcas jauniešiem un senioriem kopienu resursu centrā.\nKopā atjaunosim parka soliņus.'
        : 'We will run creative workshops for young people and seniors in the community resource centre.\nTogether we will restore the park benches.',
    participants: '45',
    schoolName: language === 'lv' ? `Preiļu 1. pamatskola ${suffix}` : `Preiļi Primary School No. 1 ${suffix}`,
    startDate: isoDateInDays(60),
    endDate: isoDateInDays(150),
    otherFunding: { cents: 25_050, typed: language === 'lv' ? '250,50' : '250.50' },
  };
  const pdfName = `atbalsta-vestule-${suffix.toLowerCase()}.pdf`;
  const pdfPath = writeTempFile(pdfName, minimalPdf(`Support letter ${suffix}`));
  const year = rigaNow().year;
  const callTitle = T.callTitle(year);

  const person = await test.step('a new applicant has a verified account and is logged in', async () => {
    const registered = await registerVerifiedPerson(api, mailbox, { locale: 'lv' });
    await logInContext(page.context(), registered);
    return registered;
  });

  await test.step(language === 'en' ? 'switches the interface to English in the header' : 'opens the site in Latvian', async () => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'lv');
    if (language === 'en') {
      await page.getByRole('group', { name: 'Valoda' }).getByRole('button', { name: 'English' }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    }
  });

  await test.step('creates an organisation through the form', async () => {
    await page.getByRole('navigation', { name: T.nav }).getByRole('link', { name: T.navOrganisations }).click();
    await expect(page.getByRole('heading', { level: 1, name: T.myOrganisations })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `my organisations (${language}, none yet)`);
    await page.getByRole('link', { name: T.createOrganisationLink }).click();
    await expect(page.getByRole('heading', { level: 1, name: T.newOrganisation })).toBeVisible();
    await page.getByLabel(T.type).selectOption({ label: T.association });
    await page.getByLabel(T.legalName).fill(organisationName);
    await page.getByLabel(T.registrationNumber).fill(registrationNumber);
    await expect(page.getByText(T.registrationNumberValid)).toBeVisible();
    await page.getByLabel(T.municipality).selectOption({ label: T.preili });
    await page.getByLabel(T.address).fill('Raiņa bulvāris 19, Preiļi, LV-5301');
    await page.getByLabel(T.contactEmail).fill(`info.${suffix.toLowerCase()}@example.test`);
    await page.getByLabel(T.contactPhone).fill('+371 26000000');
    await page.getByLabel(T.description).fill(language === 'lv' ? 'Kopienas biedrība Preiļos.' : 'A community association in Preiļi.');
    await expectNoSeriousA11yViolations(page, `new organisation (${language})`);
    await page.getByRole('button', { name: T.createOrganisation }).click();
    await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
    await expect(page.getByText(T.ownerRole)).toBeVisible();
    await expectNoSeriousA11yViolations(page, `organisation page (${language})`);
  });

  await test.step('opens the open DK call and applies on behalf of the organisation', async () => {
    await page.getByRole('navigation', { name: T.nav }).getByRole('link', { name: T.navCalls, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: T.openCalls })).toBeVisible();
    await page.getByRole('link', { name: callTitle }).click();
    await expect(page.getByRole('heading', { level: 1, name: callTitle })).toBeVisible();
    const panel = page.getByRole('region', { name: T.applyHeading });
    await expect(panel).toBeVisible();
    const organisation = panel.getByRole('combobox', { name: T.applyOrganisation });
    await organisation.click();
    await page.getByRole('option', { name: organisationName }).click();
    await expect(organisation).toHaveValue(organisationName);
    await expectNoSeriousA11yViolations(page, `public call with apply panel (${language})`);
    await panel.getByRole('button', { name: T.apply, exact: true }).click();
    await expect(page).toHaveURL(/\/applications\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: callTitle })).toBeVisible();
    await expect(page.getByText(organisationName).first()).toBeVisible();
  });

  const statusRegion = page.getByRole('region', { name: T.statusRegion });
  const saveStatus = statusRegion.getByRole('status');
  const waitUntilSaved = async () => {
    await expect(saveStatus).toHaveText(T.savedAt, { timeout: 15_000 });
  };
  const budget = page.getByRole('group', { name: T.budget });
  const cell = (field: Parameters<typeof T.cell>[0], line: number) => budget.getByLabel(T.cell(field, line), { exact: true });

  await test.step('fills the project section; answering "yes" reveals the follow-up question', async () => {
    await expectNoSeriousA11yViolations(page, `application editor, empty (${language})`);
    await page.getByLabel(T.projectTitle).fill(answers.projectTitle);
    await page.getByLabel(T.summary).fill(answers.summary);
    const groups = page.getByRole('group', { name: T.targetGroups });
    await groups.getByRole('checkbox', { name: T.youth }).check();
    await groups.getByRole('checkbox', { name: T.seniors }).check();
    await page.getByRole('radiogroup', { name: T.activityType }).getByRole('radio', { name: T.workshops }).check();
    await page.getByLabel(T.participants).fill(answers.participants);

    await expect(page.getByLabel(T.schoolPartnerName)).toHaveCount(0);
    await page.getByRole('radiogroup', { name: T.schoolPartner }).getByRole('radio', { name: T.yes, exact: true }).check();
    await expect(page.getByLabel(T.schoolPartnerName)).toBeVisible();
    await page.getByLabel(T.schoolPartnerName).fill(answers.schoolName);
    await typeDate(page.getByLabel(T.startDate), answers.startDate);
  });

  await test.step('adds two budget lines and sees the totals and the requested amount computed live', async () => {
    for (const [index, line] of BUDGET.lines.entries()) {
      const n = index + 1;
      await budget.getByRole('button', { name: T.addLine }).click();
      await cell('category', n).click();
      await page.getByRole('option', { name: line.category === 'venue' ? T.venue : T.materials, exact: true }).click();
      await cell('description', n).fill(line.description);
      await cell('quantity', n).fill(line.quantity);
      await cell('unitCost', n).fill(line.unitCost[language]);
      await cell('ownContribution', n).fill(line.own);
      await expect(budget.getByRole('cell', { name: euros(line.totalCents, language), exact: true })).toBeVisible();
    }
    await expect(budget).toContainText(labelled(T.total, euros(BUDGET.totalCents, language)));
    await expect(budget).toContainText(
      labelled(T.ownContributionTotal, `${euros(BUDGET.ownCents, language)} (${percent(BUDGET.ownPercent, language)})`),
    );
    await expect(budget).toContainText(labelled(T.requested, euros(BUDGET.requestedCents, language)));
  });

  await test.step('uploads a PDF letter of support and sees it listed', async () => {
    await page.getByLabel(T.addFile(T.supportLetters), { exact: true }).setInputFiles(pdfPath);
    const files = page.getByRole('list', { name: T.attachedFiles });
    await expect(files.getByRole('link', { name: pdfName })).toBeVisible({ timeout: 15_000 });
  });

  await test.step('everything is saved, at the current Riga time', async () => {
    // Leaving the last field flushes the autosave at once instead of after the debounce.
    await page.getByLabel(T.projectTitle).focus();
    await waitUntilSaved();
    const [, hours, minutes] = (await saveStatus.textContent())!.match(T.savedAt)!;
    const apart = Math.abs(rigaNow().minutes - (Number(hours) * 60 + Number(minutes)));
    // The browser runs in New York: only a Riga clock reads this time (a minute either way, midnight too).
    expect(Math.min(apart, 24 * 60 - apart)).toBeLessThanOrEqual(1);
    await expectNoSeriousA11yViolations(page, `application editor, filled before reload (${language})`);
  });

  await test.step('reloads the page and finds every answer and the file still there', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: callTitle })).toBeVisible();
    // Not restored from this browser's storage: the server had it all.
    await expect(page.getByText(T.restored)).toHaveCount(0);
    await expect(page.getByLabel(T.projectTitle)).toHaveValue(answers.projectTitle);
    await expect(page.getByLabel(T.summary)).toHaveValue(answers.summary);
    const groups = page.getByRole('group', { name: T.targetGroups });
    await expect(groups.getByRole('checkbox', { name: T.youth })).toBeChecked();
    await expect(groups.getByRole('checkbox', { name: T.seniors })).toBeChecked();
    await expect(page.getByRole('radiogroup', { name: T.activityType }).getByRole('radio', { name: T.workshops })).toBeChecked();
    await expect(page.getByLabel(T.participants)).toHaveValue(answers.participants);
    await expect(page.getByRole('radiogroup', { name: T.schoolPartner }).getByRole('radio', { name: T.yes, exact: true })).toBeChecked();
    await expect(page.getByLabel(T.schoolPartnerName)).toHaveValue(answers.schoolName);
    await expect(page.getByLabel(T.startDate)).toHaveValue(formatCalendarDate(answers.startDate, language));
    for (const [index, line] of BUDGET.lines.entries()) {
      const n = index + 1;
      await expect(cell('category', n)).toHaveValue(line.category === 'venue' ? T.venue : T.materials);
      await expect(cell('description', n)).toHaveValue(line.description);
      await expect(cell('quantity', n)).toHaveValue(line.quantity);
      await expect(cell('unitCost', n)).toHaveValue(line.unitCost[language]);
      await expect(cell('ownContribution', n)).toHaveValue(line.own);
    }
    await expect(budget).toContainText(labelled(T.requested, euros(BUDGET.requestedCents, language)));
    // The server computed the same requested amount from the saved budget.
    await expect(page.getByText(T.requestedLine(euros(BUDGET.requestedCents, language)), { exact: true })).toBeVisible();
    await expect(page.getByRole('list', { name: T.attachedFiles }).getByRole('link', { name: pdfName })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `application editor after reload (${language})`);
  });

  await test.step('completes the rest of the form', async () => {
    await typeDate(page.getByLabel(T.endDate), answers.endDate);
    await page.getByLabel(T.otherFunding).fill(answers.otherFunding.typed);
    await page.getByLabel(T.projectTitle).focus();
    await waitUntilSaved();
  });

  const reference = await test.step('submits; a double click on the confirmation submits once', async () => {
    await page.getByRole('button', { name: T.submit, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: T.confirmTitle });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, `submit confirmation (${language})`);
    await dialog.getByRole('button', { name: T.confirm }).dblclick();
    const success = page.getByRole('status').filter({ hasText: T.submitted });
    await expect(success).toBeVisible({ timeout: 15_000 });
    const text = (await success.textContent()) ?? '';
    const found = text.match(new RegExp(`DK-${year}-\\d{3}`));
    expect(found, `a reference number DK-${year}-NNN in "${text}"`).not.toBeNull();
    await expect(success).toContainText(T.referenceText(found![0]));
    return found![0];
  });

  await test.step('the submitted application reads as a document, not a greyed-out form', async () => {
    const expectDocument = async () => {
      await expect(page.getByRole('button', { name: T.submit, exact: true })).toHaveCount(0);
      const document = page.locator('[data-application-document]');
      await expect(document.getByRole('textbox')).toHaveCount(0);
      await expect(document.getByRole('heading', { name: T.projectTitle, exact: true })).toBeVisible();
      await expect(document).toContainText(answers.projectTitle);
      await expect(document).toContainText(formatCalendarDate(answers.startDate, language));
      await expect(document.getByRole('heading', { name: T.budget, exact: true })).toBeVisible();
      await expect(document.getByRole('table')).toContainText(BUDGET.lines[1]!.description);
      await expect(document).toContainText(labelled(T.requested, euros(BUDGET.requestedCents, language)));
      await expect(document.getByRole('link', { name: pdfName }).first()).toBeVisible();
      await expect(page.getByText(reference).first()).toBeVisible();
    };
    await expectDocument();
    await expectNoSeriousA11yViolations(page, `application just submitted (${language})`);

    await page.reload();
    await expect(page.getByText(T.readOnlySubmitted)).toBeVisible();
    await expectDocument();
    await expectNoSeriousA11yViolations(page, `submitted application, reloaded (${language})`);
  });

  await test.step('the receipt e-mail reaches the applicant with the PDF copy', async () => {
    const mail = await mailbox.waitFor(person.email, { where: (m) => m.subject.includes(reference) });
    expect(mail.to).toContain(person.email.toLowerCase());
    expect(mail.subject).toBe(T.mailSubject(reference));
    expect(mail.text).toContain(T.mailGreeting(person.displayName));
    expect(mail.text).toContain(organisationName);
    expect(mail.text).toContain(callTitle);
    expect(mail.attachments).toEqual([`${reference}.pdf`]);
  });

  await test.step('the dashboard lists the submitted application', async () => {
    await page.getByRole('link', { name: T.backToDashboard }).click();
    await expect(page.getByRole('heading', { level: 1, name: T.dashboard })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: reference });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('link', { name: callTitle })).toBeVisible();
    await expect(row).toContainText(organisationName);
    await expect(row).toContainText(T.statusSubmitted);
    await expect(row).toContainText(euros(BUDGET.requestedCents, language).replace(/[\u00a0\u202f]/g, ' '));
    await expectNoSeriousA11yViolations(page, `dashboard (${language})`);
  });

  await test.step('one submission: one revision, one receipt', async () => {
    const applications = await page.context().request.get('/api/applications/mine');
    const items = ((await applications.json()) as { items: { id: string; referenceNumber: string | null; status: string }[] }).items;
    expect(items.map((item) => [item.referenceNumber, item.status])).toEqual([[reference, 'submitted']]);
    const revisions = await page.context().request.get(`/api/applications/${items[0].id}/revisions`);
    expect(((await revisions.json()) as { items: unknown[] }).items).toHaveLength(1);
    // The worker relays the outbox every 200 ms: a second receipt would be here by now.
    expect(mailbox.to(person.email).filter((mail) => mail.subject.includes(reference))).toHaveLength(1);
  });
}

test('an applicant creates an organisation, fills, reloads and submits an application in Latvian, and gets the receipt', async ({
  page,
  api,
  mailbox,
}) => {
  await runApplicantFlow(page, 'lv', { api, mailbox });
});

test('the same flow in English, with the receipt e-mail in English', async ({ page, api, mailbox }) => {
  await runApplicantFlow(page, 'en', { api, mailbox });
});
