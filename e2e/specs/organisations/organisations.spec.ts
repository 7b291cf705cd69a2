import { KopaApi, logInContext, uniqueSuffix } from '../../fixtures/api';
import { linkTo } from '../../fixtures/mailbox';
import { demoAccount } from '../../support/run-env';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';

const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];

/** A Register of Enterprises number nobody has used yet, and the same with a wrong check digit. */
function registrationNumbers(): { valid: string; wrongCheckDigit: string } {
  const stem = `4000${String(Date.now()).slice(-6)}`;
  for (let digit = 0; digit < 10; digit++) {
    const candidate = `${stem}${digit}`;
    const sum = [...candidate].reduce((total, char, index) => total + WEIGHTS[index] * Number(char), 0);
    if (sum % 11 === 3) return { valid: candidate, wrongCheckDigit: `${stem}${(digit + 1) % 10}` };
  }
  return registrationNumbers();
}

test('an applicant registers an organisation, invites a member, and a duplicate is claimed through a coordinator', async ({
  page,
  browser,
  baseURL,
  mailbox,
  api,
}) => {
  const suffix = uniqueSuffix().toLowerCase();
  const numbers = registrationNumbers();
  const organisationName = `Biedrība „Ūdensrozes” ${suffix}`;
  const invitee = { name: `Anna Bērziņa ${suffix}`, email: `anna.${suffix}@example.test`, password: `Ezera-krasts-${suffix}` };

  await test.step('a second person has a verified account', async () => {
    await api.write('POST', '/api/auth/register', { email: invitee.email, password: invitee.password, displayName: invitee.name, locale: 'lv' });
    const mail = await mailbox.waitFor(invitee.email);
    await api.write('POST', '/api/auth/verify-email', { token: linkTo(mail, '/verify-email').searchParams.get('token') });
  });

  await test.step('the applicant opens "My organisations" from the header', async () => {
    await logInContext(page.context(), demoAccount('applicant'));
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Organizācijas' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Manas organizācijas' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'my organisations');
  });

  await test.step('fills in the profile; the registration number is checked while typing', async () => {
    await page.getByRole('link', { name: 'Izveidot organizāciju' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jauna organizācija' })).toBeVisible();
    await page.getByLabel('Organizācijas veids').selectOption({ label: 'Neformāla iedzīvotāju grupa' });
    await expect(page.getByLabel('Reģistrācijas numurs')).toHaveCount(0);
    await page.getByLabel('Organizācijas veids').selectOption({ label: 'Biedrība' });
    const number = page.getByLabel('Reģistrācijas numurs');
    await number.fill(numbers.wrongCheckDigit);
    await expect(page.getByText('Šāds reģistrācijas numurs nav iespējams')).toBeVisible();
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    await number.fill(numbers.valid);
    await expect(page.getByText('Reģistrācijas numurs ir derīgs')).toBeVisible();
    await page.getByLabel('Juridiskais nosaukums').fill(organisationName);
    await page.getByLabel('Pašvaldība').selectOption({ label: 'Preiļu novads' });
    await page.getByLabel('Adrese').fill('Raiņa bulvāris 19, Preiļi');
    await page.getByLabel('Kontaktu e-pasts').fill(`info.${suffix}@example.test`);
    await page.getByLabel('Kontaktu tālrunis').fill('+371 20000000');
    await page.getByLabel('Īss apraksts').fill('Vietējās kopienas biedrība.');
    await expectNoSeriousA11yViolations(page, 'new organisation');
    await page.getByRole('button', { name: 'Izveidot organizāciju' }).click();
    await expect(page.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
    await expect(page.getByText('Jūsu loma: Pārvaldītājs')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'organisation page (owner)');
  });

  const invitationLink = await test.step('invites the second person by e-mail', async () => {
    await page.getByLabel('E-pasta adrese').fill(invitee.email);
    await page.getByRole('button', { name: 'Nosūtīt uzaicinājumu' }).click();
    await expect(page.getByRole('row', { name: new RegExp(invitee.email) })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'organisation page with an open invitation');
    const mail = await mailbox.waitFor(invitee.email, { where: (m) => /uzaicinājums/i.test(m.subject) });
    expect(mail.subject).toContain(organisationName);
    const link = linkTo(mail, '/invitations/accept');
    expect(link.origin).toBe(new URL(baseURL!).origin);
    return link;
  });

  const inviteeContext = await browser.newContext({ baseURL });
  const inviteePage = await inviteeContext.newPage();
  try {
    await test.step('the invitee opens the link, logs in and accepts', async () => {
      await inviteePage.goto(invitationLink.pathname + invitationLink.search);
      await expect(inviteePage).toHaveURL(/\/login\?next=/);
      await inviteePage.getByLabel('E-pasts').fill(invitee.email);
      await inviteePage.getByLabel('Parole').fill(invitee.password);
      await inviteePage.getByRole('button', { name: 'Pieslēgties' }).click();
      await expect(inviteePage.getByRole('heading', { level: 1, name: 'Uzaicinājums pievienoties organizācijai' })).toBeVisible();
      await expectNoSeriousA11yViolations(inviteePage, 'accept invitation');
      await inviteePage.getByRole('button', { name: 'Pieņemt uzaicinājumu' }).click();
      await expect(inviteePage.getByRole('heading', { level: 1, name: organisationName })).toBeVisible();
      await expect(inviteePage.getByText('Jūsu loma: Dalībnieks')).toBeVisible();
      await expectNoSeriousA11yViolations(inviteePage, 'organisation page (member)');
    });

    await test.step('the invitee leaves, tries to register the same number and files a claim instead', async () => {
      inviteePage.once('dialog', (dialog) => void dialog.accept());
      await inviteePage.getByRole('button', { name: 'Pamest organizāciju' }).click();
      await expect(inviteePage.getByRole('heading', { level: 1, name: 'Manas organizācijas' })).toBeVisible();
      await inviteePage.getByRole('link', { name: 'Izveidot organizāciju' }).click();
      await inviteePage.getByLabel('Organizācijas veids').selectOption({ label: 'Biedrība' });
      await inviteePage.getByLabel('Juridiskais nosaukums').fill(`${organisationName} (dublikāts)`);
      await inviteePage.getByLabel('Reģistrācijas numurs').fill(numbers.valid);
      await inviteePage.getByLabel('Pašvaldība').selectOption({ label: 'Preiļu novads' });
      await inviteePage.getByLabel('Adrese').fill('Preiļi');
      await inviteePage.getByLabel('Kontaktu e-pasts').fill(invitee.email);
      await inviteePage.getByLabel('Kontaktu tālrunis').fill('20000001');
      await inviteePage.getByRole('button', { name: 'Izveidot organizāciju' }).click();
      await expect(inviteePage.getByText('Organizācija ar šo reģistrācijas numuru jau ir reģistrēta').first()).toBeVisible();
      const claim = inviteePage.getByRole('region', { name: 'Pieprasīt šīs organizācijas pārvaldītāja tiesības' });
      await claim.getByLabel('Pamatojums').fill('Esmu biedrības valdes locekle.');
      await expectNoSeriousA11yViolations(inviteePage, 'duplicate number with claim form');
      await claim.getByRole('button', { name: 'Nosūtīt tiesību pieprasījumu' }).click();
      await expect(inviteePage.getByText('Tiesību pieprasījums nosūtīts')).toBeVisible();
    });
  } finally {
    await inviteeContext.close();
  }

  const coordinatorContext = await browser.newContext({ baseURL });
  const coordinatorPage = await coordinatorContext.newPage();
  try {
    await test.step('a coordinator approves the claim', async () => {
      await logInContext(coordinatorContext, demoAccount('coordinator'));
      await coordinatorPage.goto('/');
      await coordinatorPage.getByRole('navigation', { name: 'Galvenā navigācija' }).getByRole('link', { name: 'Tiesību pieprasījumi' }).click();
      await expect(coordinatorPage.getByRole('heading', { level: 1, name: 'Tiesību pieprasījumi uz organizācijām' })).toBeVisible();
      await expectNoSeriousA11yViolations(coordinatorPage, 'organisation claims');
      await coordinatorPage.getByRole('button', { name: `Apstiprināt tiesību pieprasījumu: ${invitee.name}, ${organisationName}` }).click();
      // A confirmation first; resolving this dispute, the coordinator also removes the current owner.
      const confirm = coordinatorPage.getByRole('dialog', { name: 'Apstiprināt tiesību pieprasījumu?' });
      await expect(confirm).toContainText('Pašreizējie pārvaldītāji paliks organizācijā kā dalībnieki');
      await confirm.getByLabel('Izņemt pašreizējos pārvaldītājus no organizācijas').check();
      await expectNoSeriousA11yViolations(coordinatorPage, 'approve claim dialog');
      await confirm.getByRole('button', { name: 'Apstiprināt un izņemt' }).click();
      await expect(coordinatorPage.getByText(/Tiesību pieprasījums apstiprināts/)).toBeVisible();
    });
  } finally {
    await coordinatorContext.close();
  }

  await test.step('the previous owner is no longer in the organisation', async () => {
    const previous = await new KopaApi(page.context().request).get<{ items: { legalName: string }[] }>('/api/organisations/mine');
    expect(previous.items.map((item) => item.legalName)).not.toContain(organisationName);
  });

  await test.step('the claimant is now an owner', async () => {
    await api.login({ email: invitee.email, password: invitee.password });
    const mine = await api.get<{ items: { legalName: string; myRole: string }[] }>('/api/organisations/mine');
    expect(mine.items).toEqual([expect.objectContaining({ legalName: organisationName, myRole: 'owner' })]);
  });
});
