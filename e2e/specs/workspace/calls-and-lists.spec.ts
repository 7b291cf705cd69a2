import { buildCall, logInContext, uniqueSuffix } from '../../fixtures/api';
import { demoAccount } from '../../support/run-env';
import { applicantWhoSubmitted, publishedSmallCall } from '../../fixtures/submitted-applications';
import { exportList } from '../../fixtures/table-exports';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

const day = 86_400_000;

test('visitors see only open calls as open, preview questions, find a register path; coordinators search and export', async ({
  page,
  browser,
  baseURL,
  api,
  mailbox,
  coordinatorApi,
}) => {
  test.setTimeout(120_000);
  const contactEmail = `konkurss-${uniqueSuffix()}@kopa.example.test`;
  const { call: open } = await publishedSmallCall(coordinatorApi, { contactEmail, contactPhone: '+371 26 123 456' });
  const upcoming = await coordinatorApi.publishCall(
    await coordinatorApi.createCall(
      await buildCall(coordinatorApi, {
        opensAt: new Date(Date.now() + 3 * day).toISOString(),
        closesAt: new Date(Date.now() + 20 * day).toISOString(),
      }),
    ),
  );

  await test.step('a call that has not opened yet is listed apart, never among the open ones', async () => {
    await page.goto('/calls');
    await expect(page.getByRole('heading', { level: 1, name: 'Atvērtie konkursi' })).toBeVisible();
    const soon = page.getByRole('region', { name: 'Konkursi, kas sāksies drīzumā' });
    await expect(soon.getByRole('link', { name: upcoming.title.lv })).toBeVisible();
    await expect(soon).toContainText('Pieteikumu pieņemšanas sākums');
    await expect(soon.getByRole('link', { name: open.title.lv })).toHaveCount(0);
    await expect(page.getByRole('link', { name: open.title.lv })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'public calls with upcoming');
  });

  await test.step('the call page shows its contact, previews the questions and offers to register', async () => {
    await page.getByRole('link', { name: open.title.lv }).click();
    await expect(page.getByRole('heading', { level: 1, name: open.title.lv })).toBeVisible();
    await expect(page.getByRole('link', { name: contactEmail })).toHaveAttribute('href', `mailto:${contactEmail}`);
    await page.getByRole('button', { name: 'Rādīt jautājumus' }).click();
    await expect(page.getByRole('textbox', { name: 'Projekta nosaukums' })).toHaveAttribute('readonly', '');
    await expectNoSeriousA11yViolations(page, 'public call with questions');
    await page.getByRole('link', { name: /Vēl nav konta\?/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reģistrācija' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Jau ir konts? Pieslēdzieties' })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent(`/calls/${open.id}`)}`,
    );
  });

  await test.step('a malformed call address says "not found"', async () => {
    await page.goto('/calls/nav-tada');
    await expect(page.getByRole('heading', { level: 1, name: 'Konkurss nav atrasts' })).toBeVisible();
    await expect(page.getByText(/Pārbaudiet ievadītos datus/)).toHaveCount(0);
  });

  const applicant = await applicantWhoSubmitted({ browser, baseURL: baseURL!, api, mailbox }, open.id, open.eligibleMunicipalityCodes[0]!, 'lv', { namePrefix: 'Meklējamā biedrība' });
  const staff = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  const coordinatorPage = await staff.newPage();
  await test.step('the coordinator searches the list, sees the contact, and exports exactly that list', async () => {
    await logInContext(staff, demoAccount('coordinator'));
    await coordinatorPage.goto(`/manage/calls/${open.id}/applications`);
    await coordinatorPage.getByRole('searchbox', { name: 'Meklēt' }).fill(applicant.organisationName.split(' ').pop()!.toLowerCase());
    await expect(coordinatorPage).toHaveURL(/q=/);
    const row = coordinatorPage.getByRole('row').filter({ hasText: applicant.organisationName });
    await expect(row).toBeVisible();
    await expect(row).toContainText('@');
    // The worker writes the file of exactly this search; the browser downloads it when ready.
    const exported = await exportList(coordinatorPage, { button: 'Lejupielādēt sarakstu (CSV)', name: 'Pieteikumu saraksts (CSV)' });
    expect(exported.url.pathname + exported.url.search).toMatch(/\/applications\/export\?q=.*format=csv/);
    const csv = exported.file.toString('utf8');
    expect(csv).toContain('Pieteikuma numurs');
    expect(csv).toContain(applicant.referenceNumber);
    await expectNoSeriousA11yViolations(coordinatorPage, 'call applications with search');
  });

  await test.step('a brand-new form in the builder shows no error and no technical ids', async () => {
    const draft = await coordinatorApi.createCall(await buildCall(coordinatorApi));
    await coordinatorPage.goto(`/manage/calls/${draft.id}/form`);
    await expect(coordinatorPage.getByRole('heading', { level: 1, name: 'Pieteikuma veidlapa' })).toBeVisible();
    await expect(coordinatorPage.getByText(/Veidlapā ir kļūdas/)).toHaveCount(0);
    await expect(coordinatorPage.getByLabel(/identifikators/i)).toHaveCount(0);
    await expectNoSeriousA11yViolations(coordinatorPage, 'new form builder');
  });
  await staff.close();
});
