import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { Client } from 'pg';
import { KopaApi } from '../../fixtures/api';
import { minimalPdf } from '../../fixtures/files';
import { applicantWhoSubmitted, publishedSmallCall } from '../../fixtures/submitted-applications';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { readRunEnv } from '../../support/run-env';

/**
 * Issue 8, reports: the grantee drafts an interim report (narrative answers from the call's
 * report form, indicators, an expense with a receipt against the budget), it autosaves and is
 * submitted; the coordinator asks for a change to one question and to the expenses; the grantee
 * sees only those reopened, fixes them and resubmits; the coordinator compares the two versions,
 * approves, and pays the tranche that waited for the report. Then the final report is approved,
 * the last tranche paid and the project closed. axe on every page, the grantee's at 390 px.
 */
test.describe.configure({ timeout: 300_000 });

const REPORT_FORM = {
  attachmentMaxBytes: 1024 * 1024,
  sections: [
    {
      id: 'results',
      title: { lv: 'Rezultāti', en: 'Results' },
      questions: [
        { id: 'summary', type: 'long_text', label: { lv: 'Kas tika paveikts?', en: 'What was done?' }, required: true, maxLength: 2000 },
        { id: 'learned', type: 'long_text', label: { lv: 'Ko iemācījāties?', en: 'What did you learn?' }, required: true, maxLength: 2000 },
      ],
    },
  ],
};

/**
 * The award itself (review, decision, letters) is covered by the decisions spec; here the
 * funded project is written straight into the run's database, as the letters would create it,
 * with its report schedule: an interim report due in ten days and the final one.
 */
async function fundedProject(applicationId: string): Promise<{ projectId: string; interimId: string; finalId: string; agreementNumber: string }> {
  const client = new Client({ connectionString: readRunEnv('databaseUrl') });
  await client.connect();
  try {
    const agreementNumber = `E2E-${Date.now().toString(36).toUpperCase()}-L001`;
    const project = await client.query<{ id: string }>(
      `INSERT INTO "Project" (id, "applicationId", "callId", "organisationId", "agreementNumber", "agreementSequence", "awardedCents", status,
                              "startDate", "endDate", "contactUserId", "updatedAt")
       SELECT gen_random_uuid(), a.id, a."callId", a."organisationId", $2, 1, 100000, 'active', CURRENT_DATE - 50, CURRENT_DATE + 120, a."createdById", now()
       FROM "Application" a WHERE a.id = $1 RETURNING id`,
      [applicationId, agreementNumber],
    );
    const projectId = project.rows[0]!.id;
    const interim = await client.query<{ id: string }>(
      `INSERT INTO "ProjectReport" (id, "projectId", kind, "offsetDays", "dueDate", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'interim', 60, (now() AT TIME ZONE 'Europe/Riga')::date + 10, now()) RETURNING id`,
      [projectId],
    );
    const final = await client.query<{ id: string }>(
      `INSERT INTO "ProjectReport" (id, "projectId", kind, "offsetDays", "dueDate", "updatedAt") VALUES (gen_random_uuid(), $1, 'final', 30, CURRENT_DATE + 150, now()) RETURNING id`,
      [projectId],
    );
    return { projectId, interimId: interim.rows[0]!.id, finalId: final.rows[0]!.id, agreementNumber };
  } finally {
    await client.end();
  }
}

const rigaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());

/** The coordinator takes a tranche from planned to paid on the project page: due, approved for payment, paid with a bank reference. */
async function payTranche(page: Page, position: number, reference: string): Promise<void> {
  const tranches = page.getByRole('region', { name: 'Maksājuma daļas' });
  await tranches.getByRole('button', { name: `Atzīmēt kā maksājamu: ${position}. daļa` }).click();
  await tranches.getByRole('button', { name: `Apstiprināt izmaksai: ${position}. daļa` }).click();
  await tranches.getByRole('button', { name: `Atzīmēt kā izmaksātu: ${position}. daļa` }).click();
  const dialog = page.getByRole('dialog', { name: `Atzīmēt kā izmaksātu: ${position}. daļa` });
  await dialog.getByLabel('Maksājuma datums').fill(rigaToday());
  await dialog.getByLabel('Maksājuma uzdevuma numurs').fill(reference);
  await dialog.getByRole('button', { name: `Atzīmēt kā izmaksātu: ${position}. daļa` }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(tranches.getByRole('row', { name: new RegExp(`^${position}\\.`) })).toContainText(reference);
}

async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByText(/Saglabāts plkst\.|Visas izmaiņas saglabātas/)).toBeVisible({ timeout: 30_000 });
}

test('the grantee submits an interim report with an expense, the coordinator requests a change, the grantee fixes it, the coordinator approves and pays; the final report closes the project', async ({
  browser,
  baseURL,
  api,
  coordinatorApi,
  mailbox,
  asCoordinator,
}) => {
  const [municipality] = await coordinatorApi.municipalities();
  const { call } = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code] });
  await coordinatorApi.write('PUT', `/api/calls/${call.id}/report-form`, { definition: REPORT_FORM, baseVersion: null });
  const applicant = await applicantWhoSubmitted({ browser, baseURL: baseURL!, api, mailbox }, call.id, municipality!.code, 'lv', { namePrefix: 'Biedrība „Pārskats”' });
  const { projectId, interimId, finalId, agreementNumber } = await fundedProject(applicant.applicationId);
  // The budget of record and the tranches: 800 € once the interim report is approved, 200 € after the final one.
  const budget = await coordinatorApi.get<{ version: number }>(`/api/projects/${projectId}/budget`);
  await coordinatorApi.write('PUT', `/api/projects/${projectId}/budget`, { version: budget.version, reason: 'Apstiprinātā tāme.', lines: [{ category: 'materials', description: 'Stādi', amountCents: 100_000 }] });
  const planned = await coordinatorApi.get<{ version: number }>(`/api/projects/${projectId}`);
  await coordinatorApi.write('PUT', `/api/projects/${projectId}/tranches`, {
    version: planned.version,
    planned: [
      { amountCents: 80_000, dueDate: null, condition: 'report_approved', reportId: interimId },
      { amountCents: 20_000, dueDate: null, condition: 'final_report_approved' },
    ],
  });
  const receipt = join(mkdtempSync(join(tmpdir(), 'kopa-receipt-')), 'čeks-stādi.pdf');
  writeFileSync(receipt, minimalPdf('Čeks'));

  const granteeContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  const granteeApi = new KopaApi(granteeContext.request);
  await granteeApi.login(applicant);
  const grantee = await granteeContext.newPage();

  await test.step('the grantee sees the next report on "my projects" and drafts it with autosave', async () => {
    await grantee.goto('/projects');
    await expect(grantee.getByRole('heading', { level: 1, name: 'Mani projekti' })).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(grantee, 'my projects with the next report (390 px)');
    await grantee.getByRole('link', { name: /Starpposma pārskats ·/ }).click();
    await expect(grantee.getByRole('heading', { level: 1, name: 'Starpposma pārskats Nr. 1' })).toBeVisible({ timeout: 30_000 });
    await grantee.getByLabel('Kas tika paveikts?').fill('Iestādījām kopienas dārzu.');
    await grantee.getByLabel('Ko iemācījāties?').fill('Laistīšana jāplāno iepriekš.');
    const counts: Array<[string, string]> = [
      ['Pedagogi', '4'],
      ['Vecāki', '10'],
      ['Bērni un jaunieši', '25'],
      ['Seniori', '3'],
      ['NVO biedri', '6'],
      ['Pašvaldības darbinieki', '2'],
      ['Citi', '0'],
      ['Notikušie pasākumi', '3'],
      ['Brīvprātīgie', '5'],
      ['Brīvprātīgā darba stundas', '40'],
    ];
    for (const [label, value] of counts) await grantee.getByLabel(label, { exact: true }).fill(value);
    await grantee.getByRole('textbox', { name: 'Rezultāti' }).fill('Iekārtots dārzs ar 12 dobēm.');
    await grantee.getByLabel('Spilgtākais brīdis publicēšanai').fill('Ģimenes kopā iestādīja ābeles.');
    await grantee.getByLabel('Kas tika paveikts?').focus();
    await waitForSave(grantee);
    // The report declares its period's expenses, with the live spent-vs-budget line.
    const expenses = grantee.getByRole('region', { name: 'Pārskatā norādītās izmaksas' }).first();
    await expenses.getByRole('button', { name: 'Pievienot izmaksas' }).click();
    const form = grantee.getByRole('form', { name: 'Pievienot izmaksas' });
    await form.getByRole('combobox', { name: 'Budžeta pozīcija' }).click();
    await grantee.getByRole('option', { name: 'Stādi' }).click();
    await form.getByLabel('Datums').fill(rigaToday());
    await form.getByLabel('Apraksts').fill('Stādi no audzētavas');
    await form.getByLabel('Summa (EUR)').fill('120,50');
    await expect(form.getByRole('status')).toContainText(/atlikums 879,50/);
    await form.getByLabel('Attaisnojuma dokuments (PDF, attēls vai cita datne)').setInputFiles(receipt);
    await form.getByRole('button', { name: 'Saglabāt izmaksas' }).click();
    await expect(form).toBeHidden({ timeout: 30_000 });
    await expect(expenses.getByRole('row', { name: /Stādi no audzētavas/ })).toContainText('120,50');
    await expect(expenses.getByRole('link', { name: 'Lejupielādēt čeks-stādi.pdf' })).toBeVisible();
    await expectNoSeriousA11yViolations(grantee, 'report draft (390 px)');
    await grantee.getByRole('button', { name: 'Iesniegt pārskatu' }).click();
    await expect(grantee.getByText('Pārskats ir iesniegts un gaida koordinatora izskatīšanu. To vairs nevar labot.')).toBeVisible({ timeout: 30_000 });
  });

  await test.step('the coordinator requests a change to one question', async () => {
    await asCoordinator.goto(`/manage/projects/${projectId}`);
    await expect(asCoordinator.getByRole('heading', { level: 1, name: `Projekts ${agreementNumber}` })).toBeVisible({ timeout: 30_000 });
    await expect(asCoordinator.getByRole('heading', { name: 'Pārskati' })).toBeVisible();
    await expectNoSeriousA11yViolations(asCoordinator, 'project with its report schedule');
    await asCoordinator.getByRole('link', { name: 'Starpposma pārskats Nr. 1' }).click();
    await expect(asCoordinator.getByRole('heading', { level: 2, name: 'Izskatīšana' })).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(asCoordinator, 'report review');
    await expect(asCoordinator.getByRole('row', { name: /Stādi no audzētavas/ }).first()).toContainText('120,50');
    await asCoordinator.getByRole('checkbox', { name: 'Jautājums „Kas tika paveikts?”' }).check();
    await asCoordinator.getByRole('checkbox', { name: 'Izmaksas', exact: true }).check();
    await asCoordinator.getByLabel('Komentārs finansējuma saņēmējam').fill('Aprakstiet, cik dobju iekārtojāt.');
    await asCoordinator.getByRole('button', { name: 'Pieprasīt labojumus' }).click();
    await expect(asCoordinator.getByText('Gaida labojumus')).toBeVisible({ timeout: 30_000 });
  });

  await test.step('the grantee changes only the reopened question and resubmits', async () => {
    await grantee.goto(`/projects/${projectId}/reports/${interimId}`);
    await expect(grantee.getByText('Koordinators pieprasīja labojumus')).toBeVisible({ timeout: 30_000 });
    await expect(grantee.getByText('Aprakstiet, cik dobju iekārtojāt.')).toBeVisible();
    await expect(grantee.getByLabel('Ko iemācījāties?')).not.toBeEditable();
    await expect(grantee.getByLabel('Notikušie pasākumi')).not.toBeEditable();
    await expectNoSeriousA11yViolations(grantee, 'report with a change requested (390 px)');
    await grantee.getByLabel('Kas tika paveikts?').fill('Iestādījām kopienas dārzu ar 12 dobēm.');
    await grantee.getByLabel('Kas tika paveikts?').blur();
    await waitForSave(grantee);
    // The reopened expenses: the amount corrected to the receipt.
    const expenses = grantee.getByRole('region', { name: 'Pārskatā norādītās izmaksas' }).first();
    await expenses.getByRole('button', { name: 'Labot Stādi no audzētavas' }).click();
    const form = grantee.getByRole('form', { name: 'Labot izmaksas' });
    await form.getByLabel('Summa (EUR)').fill('125');
    await form.getByRole('button', { name: 'Saglabāt izmaksas' }).click();
    await expect(form).toBeHidden({ timeout: 30_000 });
    await expect(expenses.getByRole('row', { name: /Stādi no audzētavas/ })).toContainText('125,00');
    await grantee.getByRole('button', { name: 'Iesniegt atkārtoti' }).click();
    await expect(grantee.getByText('Pārskats ir iesniegts un gaida koordinatora izskatīšanu. To vairs nevar labot.')).toBeVisible({ timeout: 30_000 });
  });

  await test.step('the coordinator compares the versions and approves', async () => {
    await asCoordinator.goto(`/manage/projects/${projectId}/reports/${interimId}`);
    await expect(asCoordinator.getByRole('heading', { level: 2, name: 'Iesniegtās versijas' })).toBeVisible({ timeout: 30_000 });
    const changes = asCoordinator.getByRole('table', { name: 'Mainīti 2 lauki' });
    await expect(changes.getByRole('row', { name: /Kas tika paveikts\?/ })).toContainText('ar 12 dobēm');
    await expect(changes.getByRole('row', { name: /Izmaksas: Stādi no audzētavas/ })).toContainText('125,00');
    await expectNoSeriousA11yViolations(asCoordinator, 'report review with versions');
    await asCoordinator.getByRole('button', { name: 'Apstiprināt pārskatu' }).click();
    await expect(asCoordinator.getByText('Apstiprināts', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await grantee.goto(`/projects/${projectId}/reports/${interimId}`);
    await expect(grantee.getByText('Pārskats ir apstiprināts.')).toBeVisible({ timeout: 30_000 });
    await expect(grantee.getByRole('heading', { level: 2, name: 'Iesniegtās versijas' })).toBeVisible();
    await expect(grantee.getByRole('button', { name: 'Pievienot izmaksas' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(grantee, 'approved report with versions (390 px)');
  });

  await test.step('the coordinator pays the tranche that waited for the interim report', async () => {
    await asCoordinator.goto(`/manage/projects/${projectId}`);
    await expect(asCoordinator.getByRole('heading', { level: 1, name: `Projekts ${agreementNumber}` })).toBeVisible({ timeout: 30_000 });
    await payTranche(asCoordinator, 1, 'LV-E2E-1');
    await expect(asCoordinator.getByText('Pārskats apstiprināts', { exact: false }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(asCoordinator, 'project with the first tranche paid');
  });

  await test.step('the coordinator moves the final report with a reason, and opens the call\'s report settings', async () => {
    await asCoordinator.goto(`/manage/projects/${projectId}`);
    await asCoordinator.getByRole('button', { name: 'Mainīt termiņu: Noslēguma pārskats' }).click();
    const dialog = asCoordinator.getByRole('dialog', { name: 'Mainīt termiņu: Noslēguma pārskats' });
    await dialog.getByLabel('Termiņš').fill('2027-12-15');
    await dialog.getByLabel('Pamatojums').fill('Projekts pagarināts līdz decembrim.');
    await expectNoSeriousA11yViolations(asCoordinator, 'move a report');
    await dialog.getByRole('button', { name: 'Apstiprināt' }).click();
    await expect(asCoordinator.getByText('2027. gada 15. decembris')).toBeVisible({ timeout: 30_000 });
    await asCoordinator.goto(`/manage/calls/${call.id}/reports`);
    await expect(asCoordinator.getByRole('heading', { level: 1, name: 'Pārskatu iestatījumi' })).toBeVisible({ timeout: 30_000 });
    await expect(asCoordinator.getByLabel('Noslēguma pārskats: dienas pēc projekta beigām')).toHaveValue('30');
    await expectNoSeriousA11yViolations(asCoordinator, 'call report settings');
  });

  await test.step('the final report is approved, the last tranche paid and the project closed', async () => {
    await asCoordinator.goto(`/manage/projects/${projectId}`);
    await asCoordinator.getByRole('button', { name: 'Pieprasīt noslēguma pārskatu' }).click();
    await expect(asCoordinator.getByText('Gaida noslēguma pārskatu').first()).toBeVisible({ timeout: 30_000 });
    // The grantee's final report is written as the interim one was (its pages are covered above): through the API.
    const draft = await granteeApi.get<{ fieldVersions: Record<string, number> }>(`/api/reports/${finalId}`);
    await granteeApi.write('PATCH', `/api/reports/${finalId}`, {
      answers: { summary: 'Dārzs darbojas visu sezonu.', learned: 'Kopiena turpinās rūpēties.' },
      indicators: {
        'participants.teachers': 4,
        'participants.parents': 12,
        'participants.children_youth': 30,
        'participants.seniors': 5,
        'participants.ngo_members': 6,
        'participants.municipality_staff': 2,
        'participants.other': 0,
        eventsHeld: 5,
        volunteers: 8,
        volunteerHours: 90,
        outcomes: 'Dārzs ar 12 dobēm.',
        highlight: 'Pirmā raža.',
      },
      baseFieldVersions: draft.fieldVersions,
    });
    const filled = await granteeApi.get<{ version: number }>(`/api/reports/${finalId}`);
    await granteeApi.write('POST', `/api/reports/${finalId}/transitions`, { action: 'submit', version: filled.version });

    await asCoordinator.goto(`/manage/projects/${projectId}/reports/${finalId}`);
    await asCoordinator.getByRole('button', { name: 'Apstiprināt pārskatu' }).click();
    await expect(asCoordinator.getByText('Apstiprināts', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await asCoordinator.goto(`/manage/projects/${projectId}`);
    await payTranche(asCoordinator, 2, 'LV-E2E-2');
    await asCoordinator.getByRole('button', { name: 'Noslēgt projektu' }).click();
    await expect(asCoordinator.getByText('Noslēgts').first()).toBeVisible({ timeout: 30_000 });
    const timeline = asCoordinator.getByRole('region', { name: 'Projekta vēsture' });
    await expect(timeline.getByText('Pārskats apstiprināts').first()).toBeVisible();
    await expectNoSeriousA11yViolations(asCoordinator, 'closed project with its timeline');
  });

  await granteeContext.close();
});
