import { totpCode } from '../../fixtures/api';
import { registerVerifiedPerson } from '../../fixtures/accounts';
import { promoteToCoordinator } from '../../fixtures/staff';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

test('a coordinator sets up two-step sign-in, then signs in with a code from the app', async ({ page, api, mailbox, context }) => {
  const person = await registerVerifiedPerson(api, mailbox);
  await promoteToCoordinator(person.email);

  const signInWithPassword = async () => {
    await page.goto('/login');
    await page.getByLabel('E-pasts').fill(person.email);
    await page.getByLabel('Parole').fill(person.password);
    await page.getByRole('button', { name: 'Pieslēgties' }).click();
  };

  const secret = await test.step('without TOTP, the coordinator is sent to set it up and can do nothing else', async () => {
    await signInWithPassword();
    await expect(page).toHaveURL(/\/account\/two-factor$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Divpakāpju pieslēgšanās ieslēgšana' })).toBeVisible();
    await expect(page.getByText('Jūsu lomai tā ir obligāta')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'two-factor set-up (required)');
    // Any other page brings them back here.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/account\/two-factor$/);

    await page.getByRole('button', { name: 'Sākt' }).click();
    await expect(page.getByRole('img', { name: /QR kods/ })).toBeVisible();
    const shown = (await page.getByTestId('totp-secret').textContent())!.trim();
    await expectNoSeriousA11yViolations(page, 'two-factor set-up (QR code)');
    await page.getByLabel(/6 ciparu kods/).fill(await totpCode(shown));
    await page.getByRole('button', { name: 'Apstiprināt un ieslēgt' }).click();
    await expect(page.getByText('Divpakāpju pieslēgšanās ir ieslēgta.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Rezerves kodi' }).getByRole('listitem')).toHaveCount(10);
    await expectNoSeriousA11yViolations(page, 'two-factor set-up (recovery codes)');
    return shown;
  });

  await test.step('signs in again: password, then the code', async () => {
    await context.clearCookies();
    await signInWithPassword();
    await expect(page).toHaveURL(/\/login\/second-factor/);
    await expect(page.getByRole('heading', { level: 1, name: 'Divpakāpju pieslēgšanās' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'second sign-in step');
    await page.getByLabel(/6 ciparu kods/).fill('000000');
    await page.getByRole('button', { name: 'Turpināt' }).click();
    await expect(page.getByText(/Kods nav pareizs/)).toBeVisible();
    await page.getByLabel(/6 ciparu kods/).fill(await totpCode(secret));
    await page.getByRole('button', { name: 'Turpināt' }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto('/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Mans konts' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Divpakāpju pieslēgšanās' })).toContainText('ir ieslēgta');
    await expectNoSeriousA11yViolations(page, 'account page with security and personal data');
  });
});
