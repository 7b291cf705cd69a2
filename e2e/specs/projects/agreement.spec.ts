import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { logInContext } from '../../fixtures/api';
import { minimalPdf, writeTempFile } from '../../fixtures/files';
import { applicantWhoSubmitted, publishedSmallCall } from '../../fixtures/submitted-applications';
import { exportList } from '../../fixtures/table-exports';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { readRunEnv } from '../../support/run-env';

/**
 * Issue 8, the grant agreement: the coordinator dates the project, issues the bilingual
 * agreement PDF, records both signatures, uploads the signed copy and starts the project; the
 * grantee finds the agreement on "my projects" and downloads the signed copy. axe on each page.
 */
test.describe.configure({ timeout: 300_000 });

/**
 * The award itself (review, decision, letters) is issue 6's spec: here the funded project is
 * put in the database as the letters would create it (80/20 tranches of €1,000).
 */
async function fundedProject(applicationId: string, call: { id: string; code: string }): Promise<void> {
  const client = new Client({ connectionString: readRunEnv('databaseUrl') });
  await client.connect();
  try {
    await client.query(`UPDATE "Application" SET status = 'awarded' WHERE id = $1`, [applicationId]);
    const projectId = (await client.query<{ id: string }>('SELECT gen_random_uuid() AS id')).rows[0]!.id;
    await client.query(
      `INSERT INTO "Project" (id, "applicationId", "callId", "organisationId", "agreementNumber", "agreementSequence", "awardedCents", "contactUserId", "updatedAt")
       SELECT $1, a.id, a."callId", a."organisationId", $2, 1, 100000,
              (SELECT m."userId" FROM "OrganisationMember" m WHERE m."organisationId" = a."organisationId" ORDER BY m."createdAt" LIMIT 1), now()
       FROM "Application" a WHERE a.id = $3`,
      [projectId, `${call.code}-2026-L001`, applicationId],
    );
    await client.query(
      `INSERT INTO "ProjectTranche" (id, "projectId", position, "amountCents", condition, "updatedAt")
       VALUES (gen_random_uuid(), $1, 1, 80000, 'agreement_signed', now()), (gen_random_uuid(), $1, 2, 20000, 'final_report_approved', now())`,
      [projectId],
    );
  } finally {
    await client.end();
  }
}

test('the coordinator issues the agreement, records the signatures and the signed copy; the grantee downloads it', async ({ asCoordinator: page, coordinatorApi, browser, baseURL, api, mailbox }) => {
  const { call } = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: ['preili'] });
  const grantee = await applicantWhoSubmitted({ browser, baseURL: baseURL!, api, mailbox }, call.id, 'preili', 'lv', { namePrefix: 'Biedrība „Ābeļu ģimenes”' });
  await fundedProject(grantee.applicationId, call);
  const agreementNumber = `${call.code}-2026-L001`;

  await test.step('the call’s projects: filters, totals and exports, axe-clean', async () => {
    await page.goto(`/manage/calls/${call.id}/projects`);
    await expect(page.getByRole('heading', { level: 1, name: 'Konkursa atbalstītie projekti' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('link', { name: agreementNumber })).toBeVisible();
    // An export is written by the worker and downloaded by the browser once ready.
    const projects = await exportList(page, { button: 'Projekti (CSV)' });
    expect(projects.url.pathname + projects.url.search).toBe(`/api/calls/${call.id}/projects/export?format=csv`);
    expect(projects.file.toString('utf8')).toContain('Līguma numurs');
    expect(projects.file.toString('utf8')).toContain(agreementNumber);
    // The filter lives in the URL: the box shows checked once the navigation has rendered.
    const paymentDue = page.getByRole('checkbox', { name: 'Tikai ar maksājamu maksājuma daļu' });
    await paymentDue.click();
    await expect(paymentDue).toBeChecked();
    await expect(page.getByText('Neviens šī konkursa projekts neatbilst atlases nosacījumiem.')).toBeVisible();
    const payments = await exportList(page, { button: 'Maksājuma daļas (XLSX)' });
    expect(payments.url.pathname + payments.url.search).toMatch(/payments\/export\?format=xlsx&paymentDue=true$/);
    // An XLSX file is a zip archive.
    expect(payments.file.subarray(0, 2).toString('latin1')).toBe('PK');
    await expectNoSeriousA11yViolations(page, 'call projects (filtered)');
    await paymentDue.click();
    await expect(paymentDue).not.toBeChecked();
    await page.getByRole('link', { name: agreementNumber }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Projekts ${agreementNumber}` })).toBeVisible();
  });

  await test.step('the coordinator dates the project and issues the agreement PDF', async () => {
    await expect(page.getByRole('button', { name: 'Sagatavot līgumu (PDF)' })).toBeDisabled();
    await expectNoSeriousA11yViolations(page, 'manage project (pending)');
    await page.getByLabel('Sākuma datums').fill('2027-03-01');
    await page.getByLabel('Beigu datums').fill('2027-10-31');
    await page.getByRole('button', { name: 'Saglabāt līguma datus' }).click();
    await expect(page.getByText('Līguma dati saglabāti')).toBeVisible();
    await page.getByRole('button', { name: 'Sagatavot līgumu (PDF)' }).click();
    await expect(page.getByText('Līguma 1. redakcija sagatavota.')).toBeVisible();
    const link = page.getByRole('link', { name: `1. redakcija: ${agreementNumber}-v1.pdf` });
    await expect(link).toBeVisible();
    const download = page.waitForEvent('download');
    await link.click();
    const pdf = readFileSync(await (await download).path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  await test.step('the coordinator records both signatures and uploads the signed copy, then starts the project', async () => {
    await page.getByLabel('Finansējuma saņēmējs parakstīja').fill('2027-02-20');
    await page.getByLabel('Finansētājs parakstīja').fill('2027-02-21');
    await page.getByRole('button', { name: 'Saglabāt līguma datus' }).click();
    await expect(page.getByText('Ir augšupielādēta abu pušu parakstīta līguma kopija')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByLabel('Parakstītā līguma kopija').click();
    await (await chooser).setFiles(writeTempFile('parakstīts līgums.pdf', minimalPdf('Parakstits')));
    await page.getByRole('button', { name: 'Augšupielādēt' }).click();
    await expect(page.getByText('Parakstītā kopija augšupielādēta.')).toBeVisible();
    await expect(page.getByRole('link', { name: '1. redakcija: parakstīts līgums.pdf' })).toBeVisible();
    await page.getByRole('button', { name: 'Sākt projekta īstenošanu' }).click();
    await expect(page.getByText('Izdarīts: Sākt projekta īstenošanu')).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Projekta vēsture' });
    await expect(timeline.getByText('Parakstītā līguma kopija augšupielādēta')).toBeVisible();
    await expect(timeline.getByText('Līgums sagatavots')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'manage project (active)');
  });

  await test.step('the coordinator plans the tranches with clear errors, and the overdue one shows on the home page', async () => {
    const plan = page.getByRole('form', { name: 'Maksājuma daļu plāns' });
    const first = plan.getByRole('group', { name: '1. plānotā maksājuma daļa' });
    await first.getByLabel('Summa (EUR)').fill('800,005');
    await plan.getByRole('button', { name: 'Saglabāt plānu' }).click();
    await expect(first.getByText('Ievadiet summu eiro ar ne vairāk kā diviem cipariem aiz komata.')).toBeVisible();
    await first.getByLabel('Summa (EUR)').fill('900');
    await expect(plan.getByText('Maksājuma daļas kopā pārsniedz piešķirto summu.')).toBeVisible();
    await first.getByLabel('Summa (EUR)').fill('750');
    await first.getByLabel('Termiņš').fill('2026-01-15');
    await plan.getByRole('button', { name: 'Pievienot maksājuma daļu' }).click();
    await plan.getByRole('group', { name: '3. plānotā maksājuma daļa' }).getByLabel('Summa (EUR)').fill('50');
    await expectNoSeriousA11yViolations(page, 'tranche plan');
    await plan.getByRole('button', { name: 'Saglabāt plānu' }).click();
    await expect(page.getByText('Maksājuma daļu plāns saglabāts.')).toBeVisible();
    const tranches = page.getByRole('region', { name: 'Maksājuma daļas' });
    await expect(tranches.getByRole('row', { name: /^3\./ })).toContainText('50,00');
    await page.goto('/workspace/coordinator');
    const due = page.getByRole('region', { name: 'Maksājamās maksājuma daļas' });
    await expect(due.getByRole('row', { name: new RegExp(agreementNumber) })).toContainText('Nokavēta', { timeout: 30_000 });
    await expectNoSeriousA11yViolations(page, 'coordinator home with payments due');
  });

  await test.step('the grantee finds the agreement on their project and downloads the signed copy', async () => {
    const context = await browser.newContext({ baseURL });
    await logInContext(context, grantee);
    const granteePage = await context.newPage();
    await granteePage.goto('/projects');
    await granteePage.getByRole('link', { name: agreementNumber }).click();
    await expect(granteePage.getByRole('heading', { level: 1, name: `Projekts ${agreementNumber}` })).toBeVisible({ timeout: 30_000 });
    await expect(granteePage.getByRole('button', { name: 'Sagatavot līgumu (PDF)' })).toHaveCount(0);
    await expect(granteePage.getByRole('link', { name: `1. redakcija: ${agreementNumber}-v1.pdf` })).toBeVisible();
    const download = granteePage.waitForEvent('download');
    await granteePage.getByRole('link', { name: '1. redakcija: parakstīts līgums.pdf' }).click();
    expect(readFileSync(await (await download).path()).equals(minimalPdf('Parakstits'))).toBe(true);
    await expectNoSeriousA11yViolations(granteePage, 'grantee project page');
    await context.close();
  });
});
