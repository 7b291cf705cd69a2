import type { Page } from '@playwright/test';
import { registerVerifiedPerson } from '../../fixtures/accounts';
import { KopaApi, logInContext, uniqueSuffix } from '../../fixtures/api';
import { freshRegistrationNumber } from '../../fixtures/registration-number';
import { rigaLocalDaysFromNow } from '../../fixtures/riga-time';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { demoAccount } from '../../support/run-env';

/** Publishes a one-off online time on the agenda page and waits for the confirmation. */
async function publish(page: Page, date: string, time: string) {
  await page.getByLabel('Datums').fill(date);
  await page.getByLabel('Sākuma laiks (Rīgas laiks)').fill(time);
  await page.getByLabel('Tiešsaistes tikšanās saite').fill('https://meet.example.org/kopa');
  const budget = page.getByRole('checkbox', { name: 'Budžets' });
  if (!(await budget.isChecked())) await budget.check();
  await page.getByRole('button', { name: 'Publicēt' }).click();
  await expect(page.getByText('Laiki publicēti').last()).toBeVisible();
}

test('a coordinator books on a member’s behalf; the consultant withdraws a free time and cancels the booked one', async ({ browser, baseURL, api, mailbox }) => {
  test.setTimeout(150_000);
  // Two evening times two days ahead (a random minute: repeated runs never overlap).
  const minute = String(Math.floor(Math.random() * 40) + 10);
  const date = rigaLocalDaysFromNow(2, 20, 0).slice(0, 10);
  const bookedTime = `20:${minute}`;
  const freeTime = `21:${minute}`;

  const consultantContext = await browser.newContext({ baseURL });
  await logInContext(consultantContext, demoAccount('consultant'));
  const consultant = await consultantContext.newPage();
  await consultant.goto('/consultations');
  await expect(consultant.getByRole('heading', { level: 1, name: 'Manas konsultācijas' })).toBeVisible({ timeout: 30_000 });
  await publish(consultant, date, bookedTime);
  await publish(consultant, date, freeTime);

  // A member of an organisation, who will be booked for.
  const person = await registerVerifiedPerson(api, mailbox);
  const memberContext = await browser.newContext({ baseURL });
  await logInContext(memberContext, person);
  const suffix = uniqueSuffix();
  const legalName = `Biedrība Aizstāvis ${suffix}`;
  await new KopaApi(memberContext.request).write('POST', '/api/organisations', {
    type: 'association',
    legalName,
    registrationNumber: freshRegistrationNumber(),
    municipalityCode: 'ludza',
    address: 'Baznīcas iela 42, Ludza, LV-5701',
    contactEmail: `aizstavis.${suffix.toLowerCase()}@example.test`,
    contactPhone: '+371 26000001',
    description: 'Kopienas biedrība.',
  });

  const bookingId = await test.step('the coordinator finds the organisation and the member and books the time for them', async () => {
    const coordinatorContext = await browser.newContext({ baseURL });
    await logInContext(coordinatorContext, demoAccount('coordinator'));
    const coordinator = await coordinatorContext.newPage();
    await coordinator.goto('/consultations');
    await coordinator.getByRole('link', { name: 'Pieteikt citas personas vārdā' }).click();
    await expect(coordinator.getByRole('heading', { level: 1, name: 'Pieteikt konsultāciju citas personas vārdā' })).toBeVisible();
    await coordinator.getByRole('combobox', { name: 'Organizācija' }).fill(`aizstāvis ${suffix.toLowerCase()}`);
    await coordinator.getByRole('option', { name: new RegExp(legalName) }).click();
    await coordinator.getByRole('combobox', { name: 'Dalībnieks' }).click();
    await coordinator.getByRole('option', { name: new RegExp(person.email) }).click();
    await coordinator.getByRole('combobox', { name: 'Tēma' }).click();
    await coordinator.getByRole('option', { name: 'Budžets' }).click();
    await coordinator.getByRole('radio', { name: new RegExp(`${bookedTime} · Tiešsaistē`) }).check();
    await coordinator.getByLabel('Jautājums').fill('Biedrība lūdz palīdzību budžeta tāmes sagatavošanā.');
    await expectNoSeriousA11yViolations(coordinator, 'booking on behalf');
    await coordinator.getByRole('button', { name: 'Pieteikties', exact: true }).click();
    await expect(coordinator).toHaveURL(/\/consultations\/[0-9a-f-]{36}$/);
    await expect(coordinator.getByText(legalName)).toBeVisible();
    const id = coordinator.url().split('/').pop()!;
    await coordinatorContext.close();
    return id;
  });

  // The member is the one who hears of it, with the calendar file.
  const booked = await mailbox.waitFor(person.email, { where: (mail) => mail.subject.startsWith('Konsultācija pieteikta') });
  expect(booked.attachments).toContain('konsultacija.ics');
  const mine = await new KopaApi(memberContext.request).get<{ items: Array<{ id: string }> }>('/api/consultations/bookings');
  expect(mine.items.map((item) => item.id)).toContain(bookingId);

  await test.step('the consultant withdraws the free time and cancels the booked one from the day agenda', async () => {
    await consultant.getByText('Diena', { exact: true }).click();
    await expect(consultant.getByRole('radio', { name: 'Diena' })).toBeChecked();
    await consultant.getByRole('button', { name: 'Nākamā' }).click();
    await consultant.getByRole('button', { name: 'Nākamā' }).click();
    const free = consultant.getByRole('listitem').filter({ hasText: `${freeTime}–` });
    const taken = consultant.getByRole('listitem').filter({ hasText: `${bookedTime}–` });
    await expect(taken.getByText(legalName)).toBeVisible();
    await expectNoSeriousA11yViolations(consultant, 'day agenda');

    await free.getByRole('button', { name: 'Atsaukt šo laiku' }).click();
    await free.getByRole('button', { name: 'Jā, atsaukt' }).click();
    await expect(consultant.getByText('Laiks atsaukts.')).toBeVisible();
    await expect(free).toHaveCount(0);

    await taken.getByRole('button', { name: 'Atcelt konsultāciju' }).click();
    await expect(taken.getByText(`Atcelt konsultāciju ar ${legalName}?`)).toBeVisible();
    await taken.getByRole('button', { name: 'Jā, atcelt' }).click();
    await expect(consultant.getByText('Konsultācija atcelta; organizācijai nosūtīts paziņojums.')).toBeVisible();
  });

  // The member gets the cancellation with the calendar file; the booking's calendar now says CANCEL.
  const cancelled = await mailbox.waitFor(person.email, { where: (mail) => mail.subject.startsWith('Konsultācija atcelta') });
  expect(cancelled.attachments).toContain('konsultacija.ics');
  const ics = await memberContext.request.get(`/api/consultations/bookings/${bookingId}/calendar.ics`);
  const text = await ics.text();
  expect(text).toContain('METHOD:CANCEL');
  expect(text).toContain(`UID:consultation-${bookingId}@`);
  // The withdrawn time is gone from the consultant's agenda, and the cancelled one is free again.
  const agenda = await new KopaApi(consultantContext.request).get<{ items: Array<{ slot: { startsAt: string }; booking: unknown }> }>(`/api/consultations/agenda?from=${date}&days=1`);
  const rigaTime = (instant: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Riga', hour: '2-digit', minute: '2-digit' }).format(new Date(instant));
  expect(agenda.items.filter((item) => rigaTime(item.slot.startsAt) === freeTime)).toHaveLength(0);
  expect(agenda.items.filter((item) => rigaTime(item.slot.startsAt) === bookedTime).map((item) => item.booking)).toEqual([null]);

  await memberContext.close();
  await consultantContext.close();
});
