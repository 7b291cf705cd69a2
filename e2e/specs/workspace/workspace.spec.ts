import type { Page } from '@playwright/test';
import { registerVerifiedPerson } from '../../fixtures/accounts';
import { KopaApi, totpCode } from '../../fixtures/api';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { demoAccount } from '../../support/run-env';

/**
 * ISSUE 10: the signed-in workspace. Each role lands on its own home after signing in; the
 * language chosen before signing in is kept; the admin assigns a role and reads it in the
 * audit log; the coordinator's home; and 390 px wide screens without sideways scrolling.
 */

// Sign-in, several pages and axe on each: on a shared two-core machine this takes a while.
test.describe.configure({ timeout: 180_000 });

async function logInWithForm(
  page: Page,
  account: { email: string; password: string; totpSecret?: string },
  language: 'lv' | 'en' = 'lv',
) {
  await page.goto('/login');
  if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('textbox', { name: language === 'en' ? 'Email' : 'E-pasts' }).fill(account.email);
  await page.getByRole('textbox', { name: language === 'en' ? 'Password' : 'Parole' }).fill(account.password);
  await page.getByRole('main').getByRole('button', { name: language === 'en' ? 'Log in' : 'Pieslēgties' }).click();
  if (account.totpSecret) {
    // Staff sign in in two steps: the code from their authenticator app comes next.
    await expect(page).toHaveURL(/\/login\/second-factor/);
    await page.getByLabel(/6 ciparu kods/).fill(await totpCode(account.totpSecret));
    await page.getByRole('button', { name: 'Turpināt' }).click();
  }
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `the page at ${page.url()} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
}

test('the language chosen before signing in is kept and saved to the account', async ({ page, api, mailbox }) => {
  const person = await registerVerifiedPerson(api, mailbox, { locale: 'lv' });
  await logInWithForm(page, person, 'en');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The account now says English too, so e-mails and PDFs come in the language the person chose.
  await api.login(person);
  await expect.poll(async () => (await api.get<{ locale: string }>('/api/auth/me')).locale).toBe('en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
});

test('a coordinator lands on their home: my calls with counts and deadline, what waits, recent activity', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await logInWithForm(page, demoAccount('coordinator'));
  await expect(page).toHaveURL(/\/workspace\/coordinator$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Koordinatora sākumlapa' })).toBeVisible();
  const calls = page.getByRole('region', { name: 'Mani konkursi' });
  await expect(calls.getByRole('article').filter({ hasText: 'DK' }).first()).toContainText('Iesniegšanas termiņš');
  await expect(page.getByRole('region', { name: 'Gaida jūsu rīcību' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pēdējās darbības' })).toBeVisible();

  // Desktop: one header row and the sidebar with the coordinator's areas.
  const header = await page.locator('header').first().boundingBox();
  expect(header?.height).toBeLessThanOrEqual(61);
  const nav = page.getByRole('navigation', { name: 'Galvenā navigācija' });
  await expect(nav.getByRole('link', { name: 'Koordinatora sākumlapa' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Konkursu pārvaldība' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Lietotāji' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'coordinator home');
});

test('the reviewer lands on their assignments and the consultant on their agenda', async ({ page, context }) => {
  await logInWithForm(page, demoAccount('reviewer'));
  await expect(page).toHaveURL(/\/reviews$/);
  // Their own workspace: the applications assigned to them (other specs may already have assigned
  // some to the demo reviewer, so the list is not necessarily empty).
  await expect(page.getByRole('heading', { level: 1, name: 'Mani vērtējamie pieteikumi' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'reviewer home');
  await context.clearCookies();
  await logInWithForm(page, demoAccount('consultant'));
  await expect(page).toHaveURL(/\/consultations$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Manas konsultācijas' })).toBeVisible();
});

test('the admin assigns a role, and reads the change in the audit log', async ({ page, api, mailbox }) => {
  const person = await registerVerifiedPerson(api, mailbox);
  await page.setViewportSize({ width: 1280, height: 900 });
  await logInWithForm(page, demoAccount('admin'));
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Lietotāji' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin users');

  await page.getByLabel('Meklēt pēc e-pasta vai vārda').fill(person.email);
  await expect(page.getByRole('status').filter({ hasText: 'Atrasts 1 lietotājs' })).toBeVisible();
  await page.getByRole('link', { name: person.displayName }).click();
  await expect(page.getByRole('heading', { level: 1, name: person.displayName })).toBeVisible();

  await page.getByRole('combobox', { name: 'Piešķirt lomu' }).click();
  await page.getByRole('option', { name: 'Vērtētājs' }).click();
  await page.getByRole('button', { name: 'Piešķirt', exact: true }).click();
  // A role change asks for the password and code again, then goes through.
  const admin = demoAccount('admin');
  const reauth = page.getByRole('dialog', { name: 'Apstipriniet, ka tas esat jūs' });
  await expect(reauth).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin re-authentication');
  await reauth.getByRole('textbox', { name: 'Parole', exact: true }).fill(admin.password);
  await reauth.getByLabel(/6 ciparu kods/).fill(await totpCode(admin.totpSecret!));
  await reauth.getByRole('button', { name: 'Apstiprināt' }).click();
  await expect(page.getByRole('button', { name: 'Atņemt lomu: Vērtētājs' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin user');

  await page.getByRole('link', { name: 'Konta izmaiņu vēsture' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audita žurnāls' })).toBeVisible();
  const entry = page.getByRole('listitem').filter({ hasText: 'Piešķirta loma' }).first();
  // The actor by name: audit rows and their readers never see e-mail addresses.
  await expect(entry).toContainText('Aivars Administrators');
  const roles = entry.getByRole('row', { name: /roles/ });
  await expect(roles.getByRole('cell').nth(0)).toHaveText('applicant');
  await expect(roles.getByRole('cell').nth(1)).toHaveText('applicant, reviewer');
  await expectNoSeriousA11yViolations(page, 'audit log');

  // The person now has the reviewer's work too.
  const their = new KopaApi(api.request);
  await their.login(person);
  expect((await their.get<{ roles: string[] }>('/api/auth/me')).roles).toEqual(['applicant', 'reviewer']);
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the applicant dashboard with a status badge, and the drawer navigation, fit without sideways scrolling', async ({ page, context }) => {
    const applicant = new KopaApi(context.request);
    await applicant.login(demoAccount('applicant'));
    const calls = await applicant.get<{ items: { id: string; code: string; status: string }[] }>('/api/public/calls');
    const organisations = await applicant.get<{ items: { id: string }[] }>('/api/organisations/mine');
    const open = calls.items.find((call) => call.code === 'DK');
    // The seed gives the demo applicant's association last year's funded project and an application under review: add a draft to the open call once.
    const mine = await applicant.get<{ items: { callId: string; status: string }[] }>('/api/applications/mine');
    if (open && organisations.items[0] && !mine.items.some((item) => item.callId === open.id)) {
      await applicant.write('POST', '/api/applications', { callId: open.id, organisationId: organisations.items[0].id });
    }

    await page.goto('/dashboard');
    // The first signed-in page loads its code on demand: give a busy machine time.
    await expect(page.getByRole('heading', { level: 1, name: 'Mani pieteikumi' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Melnraksts').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page, 'dashboard at 390 px');

    const nav = page.getByRole('navigation', { name: 'Galvenā navigācija' });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Atvērt izvēlni' }).click();
    await expect(nav.getByRole('link', { name: 'Organizācijas' })).toBeVisible();
    await nav.getByRole('link', { name: 'Konkursi' }).click();
    await expect(page).toHaveURL(/\/calls$/);
    await expect(nav).toBeHidden();
    await expectNoSidewaysScroll(page);
  });

  test('the coordinator home and the admin console fit too', async ({ page, context }) => {
    await new KopaApi(context.request).login(demoAccount('coordinator'));
    await page.goto('/workspace/coordinator');
    await expect(page.getByRole('heading', { level: 1, name: 'Koordinatora sākumlapa' })).toBeVisible({ timeout: 30_000 });
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page, 'coordinator home at 390 px');

    await context.clearCookies();
    await new KopaApi(context.request).login(demoAccount('admin'));
    for (const path of ['/admin', '/admin/programmes', '/admin/jobs', '/admin/audit']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
      await expectNoSidewaysScroll(page);
      await expectNoSeriousA11yViolations(page, `${path} at 390 px`);
    }
  });
});
