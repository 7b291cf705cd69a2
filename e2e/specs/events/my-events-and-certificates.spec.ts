import { registerVerifiedPerson } from '../../fixtures/accounts';
import { KopaApi, logInContext, uniqueSuffix } from '../../fixtures/api';
import { letEventTakePlace } from '../../fixtures/events';
import { linksIn, linkTo } from '../../fixtures/mailbox';
import { rigaLocalDaysFromNow, rigaLocalToInstant } from '../../fixtures/riga-time';
import { expect, expectNoSeriousA11yViolations, test } from '../../fixtures/test';
import { demoAccount } from '../../support/run-env';

const HOUR = 3_600_000;

/** An event body for the API, `days` from now, 10:00–14:00 Riga time. */
function eventBody(title: string, days: number) {
  const startsAt = rigaLocalToInstant(rigaLocalDaysFromNow(days, 10, 0));
  return {
    type: 'workshop',
    titleLv: title,
    titleEn: `${title} (EN)`,
    descriptionLv: 'Darbnīca par brīvprātīgo piesaisti.',
    descriptionEn: 'A workshop on volunteering.',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 4 * HOUR).toISOString(),
    resourceCentreId: null,
    municipalityCode: 'preili',
    address: 'Raiņa bulvāris 28, Preiļi',
    onlineUrl: null,
    capacity: 20,
    registrationDeadline: new Date(startsAt.getTime() - HOUR).toISOString(),
    targetGroups: ['ngo_members'],
  };
}

test('the organiser places an event at a resource centre; a member manages their events; a visitor downloads their own certificate by the e-mailed link', async ({
  page,
  browser,
  baseURL,
  api,
  mailbox,
}) => {
  test.setTimeout(150_000);
  const suffix = uniqueSuffix();
  const organiserContext = await browser.newContext({ baseURL });
  await logInContext(organiserContext, demoAccount('consultant'));
  const organiserApi = new KopaApi(organiserContext.request);

  const event = await test.step('the organiser picks the resource centre by typing part of its name', async () => {
    const organiser = await organiserContext.newPage();
    const startsLocal = rigaLocalDaysFromNow(5, 10, 0);
    await organiser.goto('/manage/events/new');
    await organiser.getByLabel('Nosaukums latviski').fill(`Darbnīca „Brīvprātīgie” ${suffix}`);
    await organiser.getByLabel('Nosaukums angliski').fill(`Workshop “Volunteers” ${suffix}`);
    await organiser.getByLabel('Apraksts latviski').fill('Darbnīca par brīvprātīgo piesaisti.');
    await organiser.getByLabel('Apraksts angliski').fill('A workshop on volunteering.');
    await organiser.getByLabel('Sākums (Rīgas laiks)').fill(startsLocal);
    await organiser.getByLabel('Beigas (Rīgas laiks)').fill(startsLocal.replace('T10:00', 'T14:00'));
    await organiser.getByLabel('Pieteikšanās termiņš (Rīgas laiks)').fill(startsLocal.replace('T10:00', 'T09:00'));
    await organiser.getByRole('combobox', { name: 'Kopienu resursu centrs' }).fill('aglon');
    await organiser.getByRole('option', { name: /^Aglonas kopienas resursu centrs/ }).click();
    await organiser.getByLabel('Vietu skaits').fill('10');
    await organiser.getByRole('checkbox', { name: 'NVO biedri' }).check();
    await expectNoSeriousA11yViolations(organiser, 'event form with the centre picker');
    await organiser.getByRole('button', { name: 'Saglabāt pasākumu' }).click();
    await expect(organiser.getByRole('heading', { level: 1, name: `Darbnīca „Brīvprātīgie” ${suffix}` })).toBeVisible();
    await expect(organiser.getByText(/Aglonas kopienas resursu centrs/).first()).toBeVisible();
    const id = organiser.url().split('/').pop()!;
    // Editing shows the chosen centre in the picker.
    await organiser.goto(`/manage/events/${id}/edit`);
    await expect(organiser.getByRole('combobox', { name: 'Kopienu resursu centrs' })).toHaveValue(/^Aglonas kopienas resursu centrs/);
    return { id };
  });
  const other = await organiserApi.write<{ id: string }>('POST', '/api/events', eventBody(`Otra darbnīca ${suffix}`, 8));

  // A member with an account registers for both; a visitor registers by name and e-mail and confirms.
  const person = await registerVerifiedPerson(api, mailbox);
  const memberContext = await browser.newContext({ baseURL });
  await logInContext(memberContext, person);
  const memberApi = new KopaApi(memberContext.request);
  const own = await memberApi.write<{ id: string }>('POST', `/api/events/${event.id}/registrations`, { participantGroup: 'ngo_members' });
  await memberApi.write('POST', `/api/events/${other.id}/registrations`, { participantGroup: 'ngo_members' });
  const visitor = { name: `Guna Šķēle ${suffix}`, email: `guna-${suffix.toLowerCase()}@example.test` };
  await api.write('POST', `/api/events/${event.id}/registrations`, { participantGroup: 'teachers', name: visitor.name, email: visitor.email });
  const confirm = linkTo(await mailbox.waitFor(visitor.email, { where: (m) => m.subject.startsWith('Apstipriniet') }), '/events/confirm');
  await api.write('POST', '/api/events/registrations/confirm', { registrationId: confirm.searchParams.get('registration'), token: confirm.searchParams.get('token') });

  const member = await memberContext.newPage();
  await test.step('the member sees both upcoming events and cancels one', async () => {
    await member.goto('/events/mine');
    await expect(member.getByRole('heading', { level: 1, name: 'Mani pasākumi' })).toBeVisible();
    const upcoming = member.getByRole('list', { name: 'Gaidāmie' });
    await expect(upcoming.getByRole('listitem')).toHaveCount(2);
    await expectNoSeriousA11yViolations(member, 'my events (upcoming)');
    const second = upcoming.getByRole('listitem').filter({ hasText: `Otra darbnīca ${suffix}` });
    await second.getByRole('button', { name: /^Atteikties no dalības/ }).click();
    await second.getByRole('button', { name: 'Jā, atteikties' }).click();
    await expect(member.getByText('Pieteikšanās atcelta.')).toBeVisible();
    await expect(upcoming.getByRole('listitem')).toHaveCount(1);
  });

  await test.step('the organiser checks both in; after the event the visitor gets the certificate link by e-mail', async () => {
    const attendees = await organiserApi.get<{ items: Array<{ id: string; name: string }> }>(`/api/events/${event.id}/attendees`);
    expect(attendees.items).toHaveLength(2);
    for (const attendee of attendees.items) await organiserApi.write('PUT', `/api/events/${event.id}/attendees/${attendee.id}/check-in`, { checkedIn: true });
    await letEventTakePlace(event.id);
    const mail = await mailbox.waitFor(visitor.email, { where: (m) => m.subject.startsWith('Apliecinājums par piedalīšanos'), timeoutMs: 60_000 });
    const link = new URL(linksIn(mail).find((href) => href.includes('/certificate?token='))!);
    // The visitor follows it: their own certificate as a PDF.
    const pdf = await page.request.get(link.pathname + link.search);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    // The same token opens no one else's certificate.
    const someoneElse = link.pathname.replace(/registrations\/[0-9a-f-]{36}/, `registrations/${own.id}`);
    expect((await page.request.get(someoneElse + link.search)).status()).toBe(404);
  });

  await test.step('the member finds the past event with their certificate, and cannot take the visitor’s', async () => {
    await member.goto('/events/mine');
    await member.getByText('Pagājušie').click();
    const past = member.getByRole('list', { name: 'Pagājušie' }).getByRole('listitem').filter({ hasText: `Darbnīca „Brīvprātīgie” ${suffix}` });
    await expect(past.getByText('Piedalījāties')).toBeVisible();
    await expect(past.getByRole('button', { name: /^Atteikties no dalības/ })).toHaveCount(0);
    await expectNoSeriousA11yViolations(member, 'my events (past)');
    const href = await past.getByRole('link', { name: /^Lejupielādēt apliecinājumu/ }).getAttribute('href');
    const pdf = await memberContext.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const attendees = await organiserApi.get<{ items: Array<{ id: string; name: string }> }>(`/api/events/${event.id}/attendees`);
    const visitorRegistration = attendees.items.find((item) => item.name === visitor.name)!;
    expect((await memberContext.request.get(`/api/events/${event.id}/attendees/${visitorRegistration.id}/certificate`)).status()).toBe(403);
  });

  await test.step('the public event list in English passes axe too', async () => {
    await page.goto('/events');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const switcher = page.getByRole('group', { name: 'Valoda' });
    if (await switcher.isVisible()) await switcher.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trainings and events' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'event list (en)');
  });

  await memberContext.close();
  await organiserContext.close();
});
