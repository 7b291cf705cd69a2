import { KopaApi } from '../../fixtures/api';
import { applicantWhoSubmitted, publishedSmallCall } from '../../fixtures/submitted-applications';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

/**
 * Issue 6, eligibility and the inbox: a coordinator checks a call's submitted applications,
 * marks the passing one eligible in bulk (confirming the count) and the one whose
 * organisation moved out of the call's area not eligible with a reason; the English-speaking applicant finds the outcome in the inbox
 * (bell, list, link) and on the application page, and by e-mail. axe on every page.
 */
// Two applicants, a coordinator and an inbox on a shared two-core machine: minutes, not one.
test.describe.configure({ timeout: 360_000 });

test('a coordinator runs eligibility; the applicant learns the outcome in the inbox and by e-mail', async ({
  asCoordinator: page,
  coordinatorApi,
  api,
  mailbox,
  browser,
  baseURL,
}) => {
  const [municipality, elsewhere] = await coordinatorApi.municipalities();
  const { input, call } = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code], ownContributionPercent: 10 });

  const deps = { browser, baseURL: baseURL!, api, mailbox };
  const passing = await applicantWhoSubmitted(deps, call.id, municipality!.code, 'lv', { namePrefix: 'Biedrība „Ozoli”' });
  // Submitted while eligible, then the organisation moved out of the call's area.
  const failing = await applicantWhoSubmitted(deps, call.id, municipality!.code, 'en', { namePrefix: 'Biedrība „Ozoli”', movesTo: elsewhere!.code });

  await test.step('the coordinator sees the pass/fail summary and marks the passing one eligible in bulk', async () => {
    await page.goto(`/manage/calls/${call.id}/eligibility`);
    // The first page of a run loads the signed-in area's code: give a loaded machine time.
    await expect(page.getByRole('heading', { level: 1, name: `Atbilstības pārbaude: ${input.title.lv}` })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Automātiskajām pārbaudēm atbilst 1 iesniegts pieteikums.')).toBeVisible();
    const failingRow = page.getByRole('row', { name: new RegExp(failing.referenceNumber) });
    await expect(failingRow.getByText('Pašvaldība')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'call eligibility list (lv)');

    await page.getByRole('button', { name: 'Atzīt visus, kas atbilst (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Atzīt par atbilstošiem' });
    await expect(dialog.getByText(/^1 pieteikums, kas atbilst visām automātiskajām pārbaudēm/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'bulk confirmation (lv)');
    await dialog.getByRole('button', { name: 'Atzīt 1 pieteikumu' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row', { name: new RegExp(passing.referenceNumber) }).getByText('Atbilstošs', { exact: false })).toBeVisible();
  });

  const reason = 'Organizācija darbojas ārpus konkursa teritorijas.';
  await test.step('the coordinator opens the failing application and marks it not eligible with a reason', async () => {
    await page.getByRole('link', { name: failing.referenceNumber }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Atbilstības pārbaude: ${failing.referenceNumber}` })).toBeVisible();
    await expect(page.getByText('Pašvaldība: neatbilst')).toBeVisible();
    await expect(page.getByText(`${elsewhere!.nameLv} nav konkursa teritorijā.`)).toBeVisible();
    await expect(page.getByText('Līdzfinansējums: atbilst')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'application eligibility (lv)');
    await page.getByRole('button', { name: 'Atzīt par neatbilstošu' }).click();
    await expect(page.getByText('Norādiet, kāpēc pieteikums nav atbilstošs.')).toBeVisible();
    await page.getByLabel('Pamatojums').fill(reason);
    await page.getByRole('button', { name: 'Atzīt par neatbilstošu' }).click();
    await expect(page.getByText('Pieteikums nav atbilstošs', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Atcelt lēmumu' })).toBeVisible();
  });

  await test.step('the English applicant gets the e-mail with the reason', async () => {
    const mail = await mailbox.waitFor(failing.email, { where: (message) => message.subject === `Application ${failing.referenceNumber} is not eligible` });
    expect(mail.text).toContain(reason);
    await mailbox.waitFor(passing.email, { where: (message) => message.subject === `Pieteikums ${passing.referenceNumber} ir atbilstošs` });
  });

  await test.step('the English applicant finds it behind the bell, opens it and sees the outcome on the application', async () => {
    const context = await browser.newContext({ baseURL, locale: 'en-GB' });
    const applicantPage = await context.newPage();
    await new KopaApi(context.request).login(failing);
    await applicantPage.goto('/');
    // The bell shows once the session is known; then the interface is switched to English if needed.
    await expect(applicantPage.getByRole('link', { name: /^(Notifications|Paziņojumi): / })).toBeVisible();
    // The account's own language may switch the interface at any moment: name the switcher in either language.
    await applicantPage.getByRole('group', { name: /^(Valoda|Language)$/ }).getByRole('button', { name: 'English' }).click();
    const bell = applicantPage.getByRole('link', { name: /^Notifications: \d+ unread$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(applicantPage.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible({ timeout: 30_000 });
    const item = applicantPage.getByRole('listitem').filter({ hasText: `Application ${failing.referenceNumber} is not eligible` });
    await expect(item).toContainText(reason);
    await expectNoSeriousA11yViolations(applicantPage, 'inbox (en)');
    await item.getByRole('link', { name: 'Open' }).click();
    await expect(applicantPage).toHaveURL(new RegExp(`/applications/${failing.applicationId}$`));
    // The application page's code loads on first use: give a loaded machine time.
    await expect(applicantPage.getByText('The application was found not eligible.')).toBeVisible({ timeout: 30_000 });
    await expect(applicantPage.getByText(`Reason: ${reason}`)).toBeVisible();
    await expectNoSeriousA11yViolations(applicantPage, 'application with outcome (en)');
    await context.close();
  });
});
