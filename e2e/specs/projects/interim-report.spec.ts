import type { Page } from '@playwright/test';
import { Client } from 'pg';
import { KopaApi } from '../../fixtures/api';
import { applicantWhoSubmitted, publishedSmallCall } from '../../fixtures/submitted-applications';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { readRunEnv } from '../../support/run-env';

/**
 * Issue 8, reports: the grantee drafts an interim report (narrative answers from the call's
 * report form, indicators), it autosaves and is submitted; the coordinator asks for a change
 * to one question; the grantee sees only that question reopened, fixes it and resubmits; the
 * coordinator compares the two versions and approves. axe on every page, the grantee's at 390 px.
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
async function fundedProject(applicationId: string): Promise<{ projectId: string; interimId: string; agreementNumber: string }> {
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
    await client.query(
      `INSERT INTO "ProjectReport" (id, "projectId", kind, "offsetDays", "dueDate", "updatedAt") VALUES (gen_random_uuid(), $1, 'final', 30, CURRENT_DATE + 150, now())`,
      [projectId],
    );
    return { projectId, interimId: interim.rows[0]!.id, agreementNumber };
  } finally {
    await client.end();
  }
}

async function waitForSave(page: Page): Promise<void> {
  await expect(page.getByText(/Saglabāts plkst\.|Visas izmaiņas saglabātas/)).toBeVisible({ timeout: 30_000 });
}

test('the grantee submits an interim report, the coordinator requests a change, the grantee fixes it, the coordinator approves', async ({
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
  const { projectId, interimId, agreementNumber } = await fundedProject(applicant.applicationId);

  const granteeContext = await browser.newContext({ baseURL, viewport: { width: 390, height: 844 } });
  await new KopaApi(granteeContext.request).login(applicant);
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
    await asCoordinator.getByRole('checkbox', { name: 'Jautājums „Kas tika paveikts?”' }).check();
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
    await grantee.getByRole('button', { name: 'Iesniegt atkārtoti' }).click();
    await expect(grantee.getByText('Pārskats ir iesniegts un gaida koordinatora izskatīšanu. To vairs nevar labot.')).toBeVisible({ timeout: 30_000 });
  });

  await test.step('the coordinator compares the versions and approves', async () => {
    await asCoordinator.goto(`/manage/projects/${projectId}/reports/${interimId}`);
    await expect(asCoordinator.getByRole('heading', { level: 2, name: 'Iesniegtās versijas' })).toBeVisible({ timeout: 30_000 });
    const changes = asCoordinator.getByRole('table', { name: 'Mainīts 1 lauks' });
    await expect(changes.getByRole('row', { name: /Kas tika paveikts\?/ })).toContainText('ar 12 dobēm');
    await expectNoSeriousA11yViolations(asCoordinator, 'report review with versions');
    await asCoordinator.getByRole('button', { name: 'Apstiprināt pārskatu' }).click();
    await expect(asCoordinator.getByText('Apstiprināts', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await grantee.goto(`/projects/${projectId}/reports/${interimId}`);
    await expect(grantee.getByText('Pārskats ir apstiprināts.')).toBeVisible({ timeout: 30_000 });
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

  await granteeContext.close();
});
