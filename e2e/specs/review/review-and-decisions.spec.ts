import type { Browser, BrowserContext, Page } from '@playwright/test';
import { KopaApi, uniqueSuffix, type Account, type Call } from '../../fixtures/api';
import { linkTo, type Mailbox } from '../../fixtures/mailbox';
import { applicantWhoSubmitted, publishedSmallCall, type SubmittedApplicant } from '../../fixtures/submitted-applications';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { demoAccount } from '../../support/run-env';

/**
 * Issue 6, review and decisions end to end: a coordinator marks the submitted applications
 * eligible and auto-assigns two reviewers each; the reviewers declare no conflict and score
 * (the one on both applications declares a conflict on the second and is replaced); the
 * coordinator sees the ranking with the disagreement flag, moderates a score, shares a
 * comment, awards both within the budget, previews and sends the letters; each applicant (one
 * Latvian, one English) finds the decision and the feedback behind the bell and by e-mail.
 * axe on every page on the way.
 */
// Two applicants, three reviewers and a coordinator on a shared two-core machine: minutes.
test.describe.configure({ timeout: 600_000 });

/** Two criteria, the first weighing twice the second: a reviewer's total is (2·a + b) / 30 × 100. */
const CRITERIA = [
  { name: { lv: 'Projekta nozīmīgums', en: 'Significance of the project' }, maxScore: 10, weight: 2 },
  { name: { lv: 'Budžeta pamatotība', en: 'Soundness of the budget' }, maxScore: 10, weight: 1 },
];

interface Reviewer extends Account {
  id: string;
  displayName: string;
}

/** A reviewer invited to the call's pool by e-mail, who set a password through the invitation link. */
async function invitedReviewer(coordinatorApi: KopaApi, api: KopaApi, mailbox: Mailbox, callId: string): Promise<Reviewer> {
  const suffix = uniqueSuffix().toLowerCase();
  const email = `vertetajs.${suffix}@example.test`;
  const displayName = `Vērtētājs ${suffix}`;
  const { userId } = await coordinatorApi.write<{ userId: string }>('POST', `/api/calls/${callId}/reviewers/invite`, { email, displayName, locale: 'lv' });
  const mail = await mailbox.waitFor(email, { where: (message) => message.html.includes('/reset-password') || message.text.includes('/reset-password') });
  const password = `Ziemas-sniegs-${suffix}`;
  await api.write('POST', '/api/auth/reset-password', { token: linkTo(mail, '/reset-password').searchParams.get('token'), password });
  return { id: userId, email, password, displayName };
}

async function signedInPage(browser: Browser, baseURL: string, account: Account): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  await new KopaApi(context.request).login(account);
  return { context, page: await context.newPage() };
}

/** The reviewer opens the assignment from "my reviews" and sees the declaration first. */
async function openAssignment(page: Page, referenceNumber: string, label: string): Promise<void> {
  await page.goto('/reviews');
  await expect(page.getByRole('heading', { level: 1, name: 'Mani vērtējamie pieteikumi' })).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousA11yViolations(page, `my reviews (${label})`);
  await page.getByRole('link', { name: `Atvērt pieteikumu ${referenceNumber}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Pieteikuma ${referenceNumber} vērtēšana` })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Interešu konflikta apliecinājums' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, `declaration (${label})`);
}

/** Declares no conflict, scores both criteria with comments and submits. */
async function scoreInUi(page: Page, referenceNumber: string, scores: [number, number], label: string): Promise<void> {
  await openAssignment(page, referenceNumber, label);
  await page.getByRole('button', { name: 'Apliecinu, ka man nav interešu konflikta' }).click();
  for (const [index, criterion] of CRITERIA.entries()) {
    const group = page.getByRole('group', { name: `${index + 1}. ${criterion.name.lv}` });
    await group.getByLabel('Punkti (0–10)').fill(String(scores[index]));
    await group.getByLabel('Komentārs par kritēriju').fill(`${criterion.name.lv}: ${label} vērtē ar ${scores[index]}.`);
  }
  await page.getByLabel('Kopējais komentārs').fill(`Kopumā ${label} vērtējums.`);
  await expectNoSeriousA11yViolations(page, `scoring form (${label})`);
  await page.getByRole('button', { name: 'Iesniegt vērtējumu' }).click();
  await expect(page.getByText('Vērtējums iesniegts. To var atkārtoti atvērt tikai koordinators.')).toBeVisible();
}

interface ProgressItem {
  applicationId: string;
  assignments: { id: string; reviewerId: string; status: string }[];
}

test('reviewers score, the coordinator moderates and awards, applicants read the decision in Latvian and English', async ({
  asCoordinator: page,
  coordinatorApi,
  api,
  mailbox,
  browser,
  baseURL,
}) => {
  const [municipality] = await coordinatorApi.municipalities();
  const published = await publishedSmallCall(coordinatorApi, { eligibleMunicipalityCodes: [municipality!.code], budgetEnvelopeCents: 200_000, maxAwardCents: 150_000 });
  const input = published.input;
  let call: Call = published.call;

  const deps = { browser, baseURL: baseURL!, api, mailbox };
  const latvian = await applicantWhoSubmitted(deps, call.id, municipality!.code, 'lv', { namePrefix: 'Biedrība „Liepas”' });
  const english = await applicantWhoSubmitted(deps, call.id, municipality!.code, 'en', { namePrefix: 'Biedrība „Liepas”' });
  // The call closes before decisions (letters need it closed): closing early is the coordinator's call.
  call = await coordinatorApi.write<Call>('POST', `/api/calls/${call.id}/close`, { version: call.version });

  // Review set-up: two reviewers per application, a 20-point gap, the rubric, three reviewers in the pool.
  let settings = await coordinatorApi.get<{ version: number }>(`/api/calls/${call.id}/review-settings`);
  settings = await coordinatorApi.write('PUT', `/api/calls/${call.id}/review-settings`, {
    version: settings.version,
    reviewersPerApplication: 2,
    reviewDueAt: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString(),
    disagreementGap: 20,
    blindReview: false,
    identifyingQuestionIds: [],
    reviewerHiddenQuestionIds: [],
  });
  const rubric = await coordinatorApi.write<{ criteria: { id: string; name: { lv: string } }[] }>('PUT', `/api/calls/${call.id}/rubric`, {
    version: settings.version,
    criteria: CRITERIA.map((criterion) => ({ ...criterion, guidance: { lv: '', en: '' }, minScore: null })),
  });
  expect(rubric.criteria).toHaveLength(2);
  const seededAccount = demoAccount('reviewer');
  const seededContext = await browser.newContext({ baseURL });
  const seeded = await new KopaApi(seededContext.request).login(seededAccount);
  await seededContext.close();
  await coordinatorApi.write('POST', `/api/calls/${call.id}/reviewers`, { userId: seeded.id });
  const reviewers: Reviewer[] = [
    { ...seededAccount, id: seeded.id, displayName: seeded.displayName },
    await invitedReviewer(coordinatorApi, api, mailbox, call.id),
    await invitedReviewer(coordinatorApi, api, mailbox, call.id),
  ];

  await test.step('the coordinator marks both applications eligible in bulk', async () => {
    await page.goto(`/manage/calls/${call.id}/eligibility`);
    await expect(page.getByRole('heading', { level: 1, name: `Atbilstības pārbaude: ${input.title.lv}` })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Atzīt visus, kas atbilst (2)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Atzīt par atbilstošiem' });
    await dialog.getByRole('button', { name: 'Atzīt 2 pieteikumus' }).click();
    await expect(dialog).toBeHidden();
    for (const applicant of [latvian, english]) {
      await expect(page.getByRole('row', { name: new RegExp(applicant.referenceNumber) }).getByText('Atbilstošs', { exact: false })).toBeVisible();
    }
  });

  await test.step('the coordinator assigns two reviewers to each application automatically', async () => {
    await page.goto(`/manage/calls/${call.id}/review`);
    await expect(page.getByRole('heading', { level: 1, name: `Vērtēšana: ${input.title.lv}` })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('tab', { name: 'Vērtētāji' }).click();
    for (const reviewer of reviewers) await expect(page.getByRole('row', { name: new RegExp(reviewer.displayName) })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'reviewer pool');
    await page.getByRole('tab', { name: 'Piešķiršana un gaita' }).click();
    await page.getByRole('button', { name: 'Piešķirt automātiski' }).click();
    await expect(page.getByText('Izveidoti piešķīrumi: 4')).toBeVisible();
    await expect(page.getByText('Pieteikumi vērtēšanā: 2; pilnībā novērtēti: 0; iesniegti vērtējumi: 0 no 4')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'assignment and progress');
  });

  // Four assignments over three reviewers: one reviewer is on both applications.
  const progress = async () =>
    (await coordinatorApi.get<{ items: ProgressItem[] }>(`/api/calls/${call.id}/review-progress?page=1&pageSize=10`)).items;
  const active = (item: ProgressItem | undefined) => (item?.assignments ?? []).filter((a) => a.status !== 'conflicted' && a.status !== 'released');
  const reviewerOf = (id: string) => reviewers.find((reviewer) => reviewer.id === id)!;
  const before = await progress();
  const onLatvian = active(before.find((item) => item.applicationId === latvian.applicationId)).map((a) => a.reviewerId);
  const onEnglish = active(before.find((item) => item.applicationId === english.applicationId)).map((a) => a.reviewerId);
  expect(onLatvian).toHaveLength(2);
  expect(onEnglish).toHaveLength(2);
  const busy = reviewerOf(onLatvian.find((id) => onEnglish.includes(id))!);
  const latvianOther = reviewerOf(onLatvian.find((id) => id !== busy.id)!);
  const englishOther = reviewerOf(onEnglish.find((id) => id !== busy.id)!);

  await test.step('the reviewer on both applications scores one and declares a conflict on the other', async () => {
    const { context, page: reviewerPage } = await signedInPage(browser, baseURL!, busy);
    await scoreInUi(reviewerPage, latvian.referenceNumber, [8, 8], 'busy reviewer');
    await openAssignment(reviewerPage, english.referenceNumber, 'busy reviewer, conflict');
    await reviewerPage.getByRole('button', { name: 'Man ir interešu konflikts' }).click();
    await reviewerPage.getByLabel('Īsi aprakstiet interešu konfliktu').fill('Esmu šīs biedrības valdes locekļa radinieks.');
    await reviewerPage.getByRole('button', { name: 'Apliecināt interešu konfliktu' }).click();
    await expect(reviewerPage.getByText(/Interešu konflikts apliecināts\. Pieteikums jums vairs nav pieejams/)).toBeVisible();
    await reviewerPage.goto('/reviews');
    await expect(reviewerPage.getByRole('link', { name: `Atvērt pieteikumu ${english.referenceNumber}` })).toHaveCount(0);
    await context.close();
  });

  await test.step('the reviewer without work on the English application replaces the conflicted one', async () => {
    const onEnglishNow = active((await progress()).find((item) => item.applicationId === english.applicationId)).map((a) => a.reviewerId);
    expect(onEnglishNow.sort()).toEqual([englishOther.id, latvianOther.id].sort());
  });

  await test.step('the other reviewers declare no conflict and score (far apart on the English application)', async () => {
    const other = await signedInPage(browser, baseURL!, latvianOther);
    await scoreInUi(other.page, latvian.referenceNumber, [7, 7], 'second reviewer');
    await scoreInUi(other.page, english.referenceNumber, [3, 3], 'second reviewer');
    await other.context.close();
    const third = await signedInPage(browser, baseURL!, englishOther);
    await scoreInUi(third.page, english.referenceNumber, [9, 9], 'third reviewer');
    await third.context.close();
  });

  await test.step('the coordinator sees the ranking with the disagreement flag and the budget line', async () => {
    await page.goto(`/manage/calls/${call.id}/decisions`);
    await expect(page.getByRole('heading', { level: 1, name: `Lēmumi: ${input.title.lv}` })).toBeVisible({ timeout: 30_000 });
    const latvianRow = page.getByRole('row', { name: new RegExp(latvian.referenceNumber) });
    const englishRow = page.getByRole('row', { name: new RegExp(english.referenceNumber) });
    // Latvian: (80 + 70) / 2 = 75, spread 10; English: (30 + 90) / 2 = 60, spread 60 > 20.
    await expect(latvianRow).toContainText('75');
    await expect(englishRow).toContainText('60');
    await expect(englishRow.getByText('Vērtējumi atšķiras')).toBeVisible();
    await expect(latvianRow.getByText('Vērtējumi atšķiras')).toHaveCount(0);
    const rows = page.getByRole('row');
    const texts = await rows.allInnerTexts();
    expect(texts.findIndex((text) => text.includes(latvian.referenceNumber))).toBeLessThan(texts.findIndex((text) => text.includes(english.referenceNumber)));
    await expect(page.getByText('2 pieteikumiem vēl nav lēmuma.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'ranking');
  });

  const moderationReason = 'Vērtētājs neņēma vērā projekta partneru vēstules.';
  await test.step('the coordinator moderates the low score and shares a comment with the applicant', async () => {
    await page.getByRole('link', { name: `Vērtējumi: ${english.referenceNumber}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Vērtējumi: ${english.referenceNumber}` })).toBeVisible({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(page, 'application scores');
    await page.getByRole('button', { name: `Koriģēt: ${latvianOther.displayName}, ${CRITERIA[0]!.name.lv}` }).click();
    const dialog = page.getByRole('dialog', { name: `Koriģēt vērtējumu: ${CRITERIA[0]!.name.lv}` });
    await expect(dialog.getByText('Vērtētāja vērtējums: 3 no 10')).toBeVisible();
    await dialog.getByLabel('Koriģētais vērtējums').fill('6');
    await dialog.getByLabel('Korekcijas iemesls').fill(moderationReason);
    await expectNoSeriousA11yViolations(page, 'moderation dialog');
    await dialog.getByRole('button', { name: 'Saglabāt korekciju' }).click();
    await expect(dialog).toBeHidden();
    const card = page.getByRole('region', { name: new RegExp(latvianOther.displayName) });
    // (6/10·2 + 3/10·1) / 3 × 100 = 50.
    await expect(card.getByRole('heading', { name: new RegExp(`Kopvērtējums: 50$`) })).toBeVisible();
    await expect(card.getByText(new RegExp(moderationReason))).toBeVisible();
    const thirdCard = page.getByRole('region', { name: new RegExp(englishOther.displayName) });
    const share = thirdCard.getByRole('checkbox', { name: `Rādīt šo komentāru iesniedzējam bez vērtētāja vārda: ${CRITERIA[0]!.name.lv}` });
    // The box follows the saved state: it ticks once the server agreed.
    await share.click();
    await expect(share).toBeChecked();
  });

  await test.step('the coordinator awards both within the budget, one with a reduced amount', async () => {
    await page.getByRole('link', { name: 'Atpakaļ uz lēmumiem' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Lēmumi: ${input.title.lv}` })).toBeVisible();
    const decide = async (applicant: SubmittedApplicant, amount: string, rationale: string) => {
      await page.getByRole('button', { name: `Pieņemt lēmumu: ${applicant.referenceNumber}` }).click();
      const dialog = page.getByRole('dialog', { name: `Lēmums par pieteikumu ${applicant.referenceNumber}` });
      await dialog.getByRole('radio', { name: 'Atbalstīt' }).check();
      await dialog.getByLabel('Piešķiramā summa (€)').fill(amount);
      await dialog.getByLabel('Pamatojums').fill(rationale);
      await dialog.getByRole('checkbox', { name: /Nosūtīt iesniedzējam vērtējumu pa kritērijiem/ }).check();
      await expectNoSeriousA11yViolations(page, 'decision dialog');
      await dialog.getByRole('button', { name: 'Saglabāt lēmumu' }).click();
      await expect(dialog).toBeHidden();
    };
    // Requested: 1 100 € − 110 € own contribution = 990 € (the full amount); the other gets less.
    await decide(latvian, '990', 'Projekts ir labi pamatots un nozīmīgs kopienai.');
    await decide(english, '800', 'Projekts ir nozīmīgs; budžets samazināts līdz 800 €.');
    await expect(page.getByRole('row', { name: new RegExp(english.referenceNumber) })).toContainText(/Atbalstīts: 800,00/);
    // 200 000 − 99 000 − 80 000 = 21 000 cents left.
    await expect(page.getByText(/210,00\s*€/)).toBeVisible();
    await expect(page.getByText('Visiem pieteikumiem ir lēmums.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'ranking with decisions');
  });

  await test.step('the coordinator previews the letter and sends the letters', async () => {
    await page.getByRole('link', { name: 'Lēmumu vēstules' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Lēmumu vēstules: ${input.title.lv}` })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('combobox', { name: 'Pieteikums priekšskatījumam' }).click();
    await page.getByRole('option', { name: new RegExp(english.referenceNumber) }).click();
    await page.getByRole('button', { name: 'Rādīt priekšskatījumu' }).click();
    await expect(page.getByText(`Funding awarded to application ${english.referenceNumber}`)).toBeVisible();
    await expect(page.getByText(`Pieteikumam ${english.referenceNumber} piešķirts finansējums`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'letters with preview');
    await page.getByRole('button', { name: 'Nosūtīt vēstules' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nosūtīt lēmumu vēstules?' });
    await expect(dialog.getByText(/Tiks nosūtītas 2 lēmumu vēstules/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Jā, nosūtīt' }).click();
    await expect(page.getByText('Nosūtītas 2 vēstules.').first()).toBeVisible();
  });

  await test.step('the Latvian applicant gets the e-mail and finds the decision and feedback behind the bell', async () => {
    const mail = await mailbox.waitFor(latvian.email, { where: (message) => message.subject === `Pieteikumam ${latvian.referenceNumber} piešķirts finansējums` });
    expect(mail.text).toContain('Projekts ir labi pamatots un nozīmīgs kopienai.');
    const { context, page: applicantPage } = await signedInPage(browser, baseURL!, latvian);
    await applicantPage.goto('/');
    const bell = applicantPage.getByRole('link', { name: /^Paziņojumi: \d+ jaun/ });
    await expect(bell).toBeVisible({ timeout: 30_000 });
    await bell.click();
    await expect(applicantPage.getByRole('heading', { level: 1, name: 'Paziņojumi' })).toBeVisible({ timeout: 30_000 });
    const item = applicantPage.getByRole('listitem').filter({ hasText: `Pieteikumam ${latvian.referenceNumber} piešķirts finansējums` });
    await expect(item).toBeVisible();
    await expectNoSeriousA11yViolations(applicantPage, 'inbox (lv)');
    await item.getByRole('link', { name: 'Atvērt' }).click();
    await expect(applicantPage).toHaveURL(new RegExp(`/applications/${latvian.applicationId}$`));
    await expect(applicantPage.getByText(/Projektam piešķirts finansējums: 990,00/)).toBeVisible({ timeout: 30_000 });
    await expect(applicantPage.getByRole('table', { name: 'Vērtējums pa kritērijiem' })).toBeVisible();
    await expectNoSeriousA11yViolations(applicantPage, 'application with decision (lv)');
    await context.close();
  });

  await test.step('the English applicant gets the e-mail and reads the decision, scores and the shared comment', async () => {
    const mail = await mailbox.waitFor(english.email, { where: (message) => message.subject === `Funding awarded to application ${english.referenceNumber}` });
    expect(mail.text).toContain('800');
    const context = await browser.newContext({ baseURL, locale: 'en-GB' });
    const applicantPage = await context.newPage();
    await new KopaApi(context.request).login(english);
    await applicantPage.goto('/');
    await expect(applicantPage.getByRole('link', { name: /^(Notifications|Paziņojumi): / })).toBeVisible({ timeout: 30_000 });
    // The account's own language may switch the interface at any moment: name the switcher in either language.
    await applicantPage.getByRole('group', { name: /^(Valoda|Language)$/ }).getByRole('button', { name: 'English' }).click();
    await applicantPage.getByRole('link', { name: /^Notifications: / }).click();
    await expect(applicantPage.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible({ timeout: 30_000 });
    const item = applicantPage.getByRole('listitem').filter({ hasText: `Funding awarded to application ${english.referenceNumber}` });
    await expect(item).toBeVisible();
    await expectNoSeriousA11yViolations(applicantPage, 'inbox (en)');
    await item.getByRole('link', { name: 'Open' }).click();
    await expect(applicantPage).toHaveURL(new RegExp(`/applications/${english.applicationId}$`));
    await expect(applicantPage.getByText(/The project has been awarded €?800\.00/)).toBeVisible({ timeout: 30_000 });
    const feedback = applicantPage.getByRole('table', { name: 'Scores by criterion' });
    await expect(feedback.getByRole('row', { name: new RegExp(CRITERIA[0]!.name.en) })).toBeVisible();
    await expect(applicantPage.getByText(`${CRITERIA[0]!.name.lv}: third reviewer vērtē ar 9.`)).toBeVisible();
    // Reviewers stay anonymous to the applicant.
    await expect(applicantPage.getByText(englishOther.displayName)).toHaveCount(0);
    await expectNoSeriousA11yViolations(applicantPage, 'application with decision (en)');
    await context.close();
  });
});
