import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { KopaApi, type Call } from '../../fixtures/api';
import { minimalPdf } from '../../fixtures/files';
import { applicantWhoSubmitted, publishedSmallCall } from '../../fixtures/submitted-applications';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { readRunEnv } from '../../support/run-env';

/**
 * Issue 8, project budgets: the awarded application's budget becomes the project's budget of
 * record; the coordinator adds a line (with a reason); the grantee records an expense with a
 * receipt, seeing the line's balance and the overspend flag while typing, and files a budget
 * change request; the coordinator approves it and the grantee is told by e-mail. axe on the pages.
 */
test.describe.configure({ timeout: 360_000 });

/** Review is another spec's subject: the application is marked reviewed straight in the run's database. */
async function markReviewed(applicationId: string): Promise<void> {
  const client = new Client({ connectionString: readRunEnv('databaseUrl') });
  await client.connect();
  try {
    await client.query(`UPDATE "Application" SET status = 'reviewed' WHERE id = $1`, [applicationId]);
  } finally {
    await client.end();
  }
}

const rigaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date());

test('the grantee records an expense with a receipt and asks for a budget change; the coordinator approves it', async ({
  asCoordinator: page,
  coordinatorApi,
  api,
  mailbox,
  browser,
  baseURL,
}) => {
  const [municipality] = await coordinatorApi.municipalities();
  const { call: published } = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code] });
  const grantee = await applicantWhoSubmitted({ browser, baseURL: baseURL!, api, mailbox }, published.id, municipality!.code, 'lv', { namePrefix: 'Biedrība „Kastaņi”' });
  const call = await coordinatorApi.write<Call>('POST', `/api/calls/${published.id}/close`, { version: published.version });
  await markReviewed(grantee.applicationId);
  // Requested: 1 100 € − 110 € own contribution = 990 €, awarded in full.
  await coordinatorApi.write('POST', `/api/applications/${grantee.applicationId}/decision`, { kind: 'award', amountCents: 99_000, rationale: 'Labs projekts.' });
  await coordinatorApi.write('POST', `/api/calls/${call.id}/letters/send`, {});
  const projects = await coordinatorApi.get<{ items: { id: string; agreementNumber: string }[] }>(`/api/calls/${call.id}/projects`);
  const project = projects.items[0]!;
  await coordinatorApi.write('PATCH', `/api/projects/${project.id}`, { version: 1, startDate: '2026-11-01', endDate: '2027-10-31', granteeSignedOn: '2026-11-01', funderSignedOn: '2026-11-01' });
  // Activation needs the agreement issued and its signed copy uploaded (the agreement spec does it through the pages).
  await coordinatorApi.write('POST', `/api/projects/${project.id}/agreement/issue`, {});
  await coordinatorApi.upload(`/api/projects/${project.id}/agreement/signed-copies`, { name: 'parakstits.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  const { version } = await coordinatorApi.get<{ version: number }>(`/api/projects/${project.id}`);
  await coordinatorApi.write('POST', `/api/projects/${project.id}/transitions`, { version, action: 'activate' });

  await test.step('the coordinator sees the budget of record and adds a line, with a reason', async () => {
    await page.goto(`/manage/projects/${project.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Projekts ${project.agreementNumber}` })).toBeVisible({ timeout: 30_000 });
    const budget = page.getByRole('region', { name: 'Budžets', exact: true });
    await expect(budget.getByRole('row', { name: /Stādi/ })).toContainText('990,00');
    await budget.getByRole('button', { name: 'Labot budžetu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Budžeta labošana' });
    await dialog.getByLabel('Summa (EUR), pozīcija 1').fill('890');
    await dialog.getByRole('button', { name: 'Pievienot pozīciju' }).click();
    await dialog.getByLabel('Apraksts, pozīcija 2').fill('Transports');
    await dialog.getByLabel('Summa (EUR), pozīcija 2').fill('100');
    await expect(dialog.getByText(/Pozīcijas kopā: 990,00\s*€ no piešķirtajiem 990,00\s*€/)).toBeVisible();
    await dialog.getByLabel('Labojuma pamatojums').fill('Vienojāmies par transporta izmaksām.');
    await expectNoSeriousA11yViolations(page, 'budget editor (lv)');
    await dialog.getByRole('button', { name: 'Saglabāt budžetu' }).click();
    await expect(dialog).toBeHidden();
    await expect(budget.getByRole('row', { name: /Transports/ })).toContainText('100,00');
    await expectNoSeriousA11yViolations(page, 'coordinator project page with budget');
  });

  const context = await browser.newContext({ baseURL });
  const granteePage = await context.newPage();
  await new KopaApi(context.request).login(grantee);
  const receipt = join(mkdtempSync(join(tmpdir(), 'kopa-receipt-')), 'čeks-stādi.pdf');
  writeFileSync(receipt, minimalPdf('Čeks'));

  await test.step('the grantee types an expense, sees the balance and the overspend flag before saving, and saves it with a receipt', async () => {
    await granteePage.goto(`/projects/${project.id}`);
    await expect(granteePage.getByRole('heading', { level: 1, name: `Projekts ${project.agreementNumber}` })).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(granteePage, 'grantee project page with budget');
    const expenses = granteePage.getByRole('region', { name: 'Izmaksas' });
    await expenses.getByRole('button', { name: 'Pievienot izmaksas' }).click();
    const form = granteePage.getByRole('form', { name: 'Pievienot izmaksas' });
    await form.getByRole('combobox', { name: 'Budžeta pozīcija' }).click();
    await granteePage.getByRole('option', { name: 'Stādi' }).click();
    await form.getByLabel('Datums').fill(rigaToday());
    await form.getByLabel('Apraksts').fill('Stādi no audzētavas');
    const live = form.getByRole('status');
    // 890 € + 10 % = 979 €: 979,01 € is flagged, 979 € is not.
    await form.getByLabel('Summa (EUR)').fill('979,01');
    await expect(live).toContainText('Uzmanību: pēc šīm izmaksām pozīcija „Stādi” pārsniegta par 89,01');
    await expectNoSeriousA11yViolations(granteePage, 'expense form with the overspend flag');
    await form.getByLabel('Summa (EUR)').fill('979');
    await expect(live).toContainText('izlietoti 979,00');
    await form.getByLabel('Summa (EUR)').fill('120,50');
    await expect(live).toContainText(/atlikums 769,50/);
    await form.getByLabel('Attaisnojuma dokuments (PDF, attēls vai cita datne)').setInputFiles(receipt);
    await form.getByRole('button', { name: 'Saglabāt izmaksas' }).click();
    await expect(form).toBeHidden();
    const row = expenses.getByRole('row', { name: /Stādi no audzētavas/ });
    await expect(row).toContainText('120,50');
    await expect(row.getByRole('link', { name: 'Lejupielādēt čeks-stādi.pdf' })).toBeVisible();
    await expect(granteePage.getByRole('region', { name: 'Budžets', exact: true }).getByRole('row', { name: /Stādi/ }).first()).toContainText('769,50');
  });

  await test.step('the grantee asks to move 50 € from plants to transport', async () => {
    const changes = granteePage.getByRole('region', { name: 'Budžeta grozījumu pieprasījumi' });
    await changes.getByRole('button', { name: 'Pieprasīt budžeta grozījumus' }).click();
    await changes.getByLabel('Jaunā summa: Stādi').fill('840');
    await changes.getByLabel('Jaunā summa: Transports').fill('150');
    await expect(changes.getByText('Kopsumma nemainās.')).toBeVisible();
    await changes.getByLabel('Pamatojums').fill('Degvielas cenas pieauga.');
    await expectNoSeriousA11yViolations(granteePage, 'budget change request form');
    await changes.getByRole('button', { name: 'Iesniegt pieprasījumu' }).click();
    await expect(changes.getByText('Gaida lēmumu')).toBeVisible();
  });

  await test.step('the coordinator approves the request; the budget of record changes', async () => {
    await page.reload();
    const changes = page.getByRole('region', { name: 'Budžeta grozījumu pieprasījumi' });
    await expect(changes.getByText('Degvielas cenas pieauga.')).toBeVisible({ timeout: 30_000 });
    await changes.getByRole('button', { name: 'Apstiprināt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Apstiprināt budžeta grozījumus' });
    await dialog.getByLabel('Komentārs finansējuma saņēmējam').fill('Piekrītu.');
    await expectNoSeriousA11yViolations(page, 'approve dialog');
    await dialog.getByRole('button', { name: 'Apstiprināt' }).click();
    await expect(dialog).toBeHidden();
    await expect(changes.getByText('Apstiprināts', { exact: true })).toBeVisible();
    const budget = page.getByRole('region', { name: 'Budžets', exact: true });
    await expect(budget.getByRole('row', { name: /Transports/ }).first()).toContainText('150,00');
    await expect(budget.getByRole('row', { name: /Stādi/ }).first()).toContainText('840,00');
  });

  await test.step('the grantee is told by e-mail', async () => {
    const mail = await mailbox.waitFor(grantee.email, { where: (message) => message.subject === `Budžeta grozījumi projektam ${project.agreementNumber} apstiprināti` });
    expect(mail.text).toContain('Piekrītu.');
  });

  await test.step('the page fits a 390 px wide phone', async () => {
    await granteePage.setViewportSize({ width: 390, height: 844 });
    await granteePage.reload();
    await expect(granteePage.getByRole('region', { name: 'Budžets', exact: true })).toBeVisible({ timeout: 30_000 });
    const overflow = await granteePage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(granteePage, 'budget section at 390 px', { include: 'section[aria-labelledby="budget-heading"]' });
  });
  await context.close();
});
