import type { Browser } from '@playwright/test';
import { KopaApi } from '../../fixtures/api';
import { applicantWhoSubmitted, publishedSmallCall, type SubmittedApplicant } from '../../fixtures/submitted-applications';
import { expectNoSidewaysScroll, expectWithinWidth, PHONE } from '../../fixtures/layout';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

/**
 * ISSUE 10: on a 390 px phone the application editor, the submitted application (a readable
 * document, for the applicant and the coordinator) fit without sideways scrolling, status
 * badges and budget totals included; and an organisation deletes a draft after confirming.
 */

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 390, height: 844 } });

async function phoneOf(browser: Browser, baseURL: string, applicant: SubmittedApplicant) {
  // An American English browser: the app still speaks Latvian and writes Latvian dates.
  const context = await browser.newContext({ baseURL, viewport: PHONE, locale: 'en-US', timezoneId: 'America/New_York' });
  const api = new KopaApi(context.request);
  await api.login(applicant);
  return { context, api, page: await context.newPage() };
}

test('a submitted application is a readable document on a phone, for the applicant and the coordinator', async ({
  browser,
  baseURL,
  api,
  mailbox,
  coordinatorApi,
  asCoordinator,
}) => {
  const [municipality] = await coordinatorApi.municipalities();
  const { call } = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code] });
  const applicant = await applicantWhoSubmitted({ browser, baseURL: baseURL!, api, mailbox }, call.id, municipality!.code, 'lv', {
    namePrefix: 'Biedrība „Tālrunis”',
  });
  const phone = await phoneOf(browser, baseURL!, applicant);

  await phone.page.goto(`/applications/${applicant.applicationId}`);
  const document = phone.page.locator('[data-application-document]');
  await expect(document.getByRole('heading', { name: 'Budžets', exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(document.getByRole('textbox')).toHaveCount(0);
  await expect(document.getByRole('table')).toContainText('Stādi');
  await expectWithinWidth(phone.page.getByText('Iesniegts', { exact: true }).first());
  await expectWithinWidth(document.getByText('Pieprasītā summa', { exact: true }));
  await expectWithinWidth(document.getByText(/^990,00\s€$/));
  await expectNoSidewaysScroll(phone.page);
  await expectNoSeriousA11yViolations(phone.page, 'submitted application at 390 px');
  await phone.context.close();

  await asCoordinator.goto(`/manage/applications/${applicant.applicationId}`);
  const staffView = asCoordinator.locator('[data-application-document]');
  await expect(staffView.getByRole('heading', { name: 'Budžets', exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(staffView).toContainText(`Kopienas dārzs`);
  await expectWithinWidth(staffView.getByText(/^990,00\s€$/));
  await expectWithinWidth(asCoordinator.getByText('Iesniegts', { exact: true }).first());
  await expectNoSidewaysScroll(asCoordinator);
  await expectNoSeriousA11yViolations(asCoordinator, 'coordinator’s application view at 390 px');
});

test('the draft editor fits a phone, and the organisation deletes the draft after confirming', async ({
  browser,
  baseURL,
  api,
  mailbox,
  coordinatorApi,
}) => {
  const [municipality] = await coordinatorApi.municipalities();
  const first = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code] });
  const second = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code] });
  const applicant = await applicantWhoSubmitted({ browser, baseURL: baseURL!, api, mailbox }, first.call.id, municipality!.code, 'lv', {
    namePrefix: 'Biedrība „Melnraksts”',
  });
  const phone = await phoneOf(browser, baseURL!, applicant);
  const [organisation] = (await phone.api.get<{ items: { id: string }[] }>('/api/organisations/mine')).items;
  const draft = await phone.api.write<{ id: string }>('POST', '/api/applications', { callId: second.call.id, organisationId: organisation!.id });
  await phone.api.write('PATCH', `/api/applications/${draft.id}/answers`, {
    changes: {
      project_title: 'Ļoti garš projekta nosaukums par kopienas dārzu, soliņiem un pagalma labiekārtošanu kopā ar kaimiņiem',
      budget: [
        { category: 'materials', description: 'Stādi, augsne un mulča dobēm pie daudzdzīvokļu mājas', quantity: 12, unitCostCents: 123_456, ownContributionCents: 200_000 },
        { category: 'equipment', description: 'Dārza instrumenti', quantity: 3, unitCostCents: 45_000, ownContributionCents: 0 },
      ],
    },
    baseFieldVersions: { project_title: 0, budget: 0 },
  });

  const { page } = phone;
  await page.goto(`/applications/${draft.id}`);
  await expect(page.getByRole('button', { name: 'Iesniegt pieteikumu' })).toBeVisible({ timeout: 30_000 });
  await expectWithinWidth(page.getByText('Melnraksts', { exact: true }).first());
  const budget = page.getByRole('group', { name: 'Budžets', exact: true });
  await expectWithinWidth(budget.getByText('Pieprasītā summa', { exact: false }).first());
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page, 'draft editor at 390 px');

  await page.getByRole('button', { name: 'Dzēst melnrakstu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dzēst melnrakstu?' });
  await expect(dialog).toContainText('neatgriezeniski dzēsts');
  await expectNoSeriousA11yViolations(page, 'delete-draft confirmation');
  await dialog.getByRole('button', { name: 'Atcelt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Iesniegt pieteikumu' })).toBeVisible();

  await page.getByRole('button', { name: 'Dzēst melnrakstu' }).click();
  await dialog.getByRole('button', { name: 'Dzēst melnrakstu' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText('Melnraksts dzēsts')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mani pieteikumi' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  const response = await phone.context.request.get(`/api/applications/${draft.id}`);
  expect(response.status()).toBe(404);
  await phone.context.close();
});
