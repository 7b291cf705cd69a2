import { linkTo } from '../../fixtures/mailbox';
import { uniqueSuffix } from '../../fixtures/api';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

test('a new person registers, verifies the e-mail address and logs in', async ({ page, mailbox, baseURL }) => {
  const suffix = uniqueSuffix().toLowerCase();
  const person = {
    name: `Līga Ozoliņa ${suffix}`,
    email: `liga.${suffix}@example.test`,
    password: `Sēņu-pļava-${suffix}`,
  };

  await test.step('registers through the form', async () => {
    await page.goto('/');
    await expectNoSeriousA11yViolations(page, 'home (visitor)');
    await page.getByRole('banner').getByRole('link', { name: 'Reģistrēties' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reģistrācija' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'register');

    await page.getByLabel('Vārds, uzvārds').fill(person.name);
    await page.getByLabel('E-pasts').fill(person.email);
    await page.getByLabel('Parole').fill(person.password);
    await page.getByRole('button', { name: 'Reģistrēties' }).click();

    const done = page.getByRole('status').filter({ hasText: 'Pārbaudiet savu e-pastu' });
    await expect(done).toBeVisible();
    await expect(done).toContainText(person.email);
    await expectNoSeriousA11yViolations(page, 'register (done)');
  });

  const verificationLink = await test.step('receives the verification e-mail', async () => {
    const mail = await mailbox.waitFor(person.email, { where: (m) => /apstipriniet/i.test(m.subject) });
    expect(mail.text).toContain(person.name);
    const link = linkTo(mail, '/verify-email');
    // The link must lead back to this app (APP_URL), not to some other host.
    expect(link.origin).toBe(new URL(baseURL!).origin);
    expect(link.searchParams.get('token')).toBeTruthy();
    return link;
  });

  await test.step('opens the link and sees the address confirmed', async () => {
    await page.goto(verificationLink.toString());
    await expect(page.getByRole('heading', { level: 1, name: 'E-pasta apstiprināšana' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'E-pasts apstiprināts' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'verify e-mail');
  });

  await test.step('logs in through the login form', async () => {
    await page.getByRole('link', { name: 'Uz pieslēgšanos' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pieslēgšanās' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'login');

    await page.getByLabel('E-pasts').fill(person.email);
    await page.getByLabel('Parole').fill(person.password);
    await page.getByRole('button', { name: 'Pieslēgties' }).click();

    const header = page.getByRole('banner');
    // The account menu (profile, sessions, sign out) carries the person's name.
    await expect(header.getByRole('button', { name: `Konta izvēlne: ${person.name}` })).toBeVisible();
    await expect(page).not.toHaveURL(/\/login/);
    await expectNoSeriousA11yViolations(page, 'after login');
  });

  // Notifications are sent "never twice for the same event" (SPEC.md, 12).
  expect(mailbox.to(person.email).map((mail) => mail.subject)).toHaveLength(1);
});
