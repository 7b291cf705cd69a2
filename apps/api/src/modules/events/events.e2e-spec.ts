import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import { createMunicipalities, createUser } from '../../test/factories';
import { createEvent, createEventPeople, eventRequest } from '../../test/event-factories';
import { extractPdfText } from '../applications/receipt/pdf-text.test-helper';
import { EventRemindersService } from './event-reminders.service';
import { VISITOR_REGISTRATIONS_PER_EMAIL_PER_HOUR } from './event-registrations.service';

type People = Awaited<ReturnType<typeof createEventPeople>>;

describe('Events', () => {
  let ctx: TestContext;
  let people: People;

  beforeAll(async () => {
    ctx = await startTestApp();
    people = await createEventPeople(ctx.prisma);
    await createMunicipalities(ctx.prisma);
  });
  afterAll(() => ctx.close());

  const signedIn = (userId: string) => ctx.client().signInAs(userId);

  async function outboxFor(prefix: string) {
    const rows = await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: prefix } }, orderBy: { createdAt: 'asc' } });
    return rows.map((row) => row.payload as { to: string; locale: string; params: Record<string, string> });
  }

  it('a visitor registers by name and e-mail and takes the place only through the e-mailed link', async () => {
    const event = await createEvent(ctx.prisma, people.organiser.id, { capacity: 2, titleLv: 'Apmācības „Ģimeņu sēta”' });
    const worker = await startTestWorker(ctx.config);
    try {
      const visitor = ctx.client({ acceptLanguage: 'lv' });
      const email = `zane-${event.id}@example.test`;
      const registered = await visitor.post(`/api/events/${event.id}/registrations`, { participantGroup: 'ngo_members', name: 'Zane Bērziņa', email });
      expect(registered.body).toEqual({ id: null, status: 'pending_confirmation' });
      expect((await visitor.get(`/api/events/${event.id}`)).body.placesLeft).toBe(2);

      const mail = await ctx.mailbox.waitFor(email, (message) => (message.subject ?? '').includes('Apstipriniet'));
      expect(mail.subject).toBe('Apstipriniet pieteikšanos pasākumam „Apmācības „Ģimeņu sēta””');
      const link = new URL(/https?:\/\/\S+\/events\/confirm\?\S+/.exec(mail.text!)![0]);
      const registrationId = link.searchParams.get('registration')!;
      const token = link.searchParams.get('token')!;

      expect((await visitor.post('/api/events/registrations/confirm', { registrationId, token: token.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) })).status).toBe(404);
      expect(mail.text).not.toContain('/events/cancel'); // no cancellation link before there is a place

      const confirmed = await visitor.post('/api/events/registrations/confirm', { registrationId, token });
      expect(confirmed.body).toEqual({ eventId: event.id, status: 'confirmed' });
      expect((await visitor.post('/api/events/registrations/confirm', { registrationId, token })).body.status).toBe('confirmed');
      expect((await visitor.get(`/api/events/${event.id}`)).body.placesLeft).toBe(1);

      const booked = await ctx.mailbox.waitFor(email, (message) => (message.subject ?? '').includes('esat pieteicies'), 60_000);
      const cancel = new URL(/https?:\/\/\S+\/events\/cancel\?\S+/.exec(booked.text!)![0]);
      // A confirmation token does not cancel, nor the other way round.
      expect((await visitor.post('/api/events/registrations/cancel', { registrationId, token })).status).toBe(404);
      expect((await visitor.post('/api/events/registrations/cancel', { registrationId, token: cancel.searchParams.get('token') })).body.status).toBe('cancelled');

      // Registering again with the same address tells nothing new and is limited per address.
      const again = await visitor.post(`/api/events/${event.id}/registrations`, { participantGroup: 'ngo_members', name: 'Zane', email });
      expect(again.body).toEqual({ id: null, status: 'pending_confirmation' });
      expect((await visitor.post(`/api/events/${event.id}/registrations`, { participantGroup: 'other', email })).status).toBe(400);
      expect((await visitor.post(`/api/events/${event.id}/registrations`, { participantGroup: 'other', name: 'x'.repeat(201), email: 'long@example.test' })).status).toBe(400);
    } finally {
      await worker.close();
    }
  });

  it('a consultant creates and edits an event; the public list is upcoming first, filtered and paged in SQL', async () => {
    const organiser = await signedIn(people.organiser.id);
    const created = await organiser.post('/api/events', eventRequest({ capacity: 30 }, 48));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ type: 'seminar', capacity: 30, placesLeft: 30, canManage: true, municipality: { code: 'preili' }, organiser: { displayName: 'Konsultante Līga' } });
    const later = await organiser.post('/api/events', eventRequest({ type: 'workshop', municipalityCode: 'ludza', address: 'Baznīcas iela 42' }, 24 * 20));
    expect(later.status).toBe(201);

    const edited = await organiser.put(`/api/events/${created.body.id}`, eventRequest({ titleLv: 'Semināra jaunais nosaukums', capacity: 25 }, 48));
    expect(edited.status).toBe(200);
    expect(edited.body.title.lv).toBe('Semināra jaunais nosaukums');

    const visitor = ctx.client();
    const list = await visitor.get('/api/events?pageSize=50');
    expect(list.status).toBe(200);
    const starts = list.body.items.map((item: { startsAt: string }) => item.startsAt);
    expect(starts).toEqual([...starts].sort());
    const ludza = await visitor.get('/api/events?municipality=ludza&type=workshop');
    expect(ludza.body.items.map((item: { id: string }) => item.id)).toContain(later.body.id);
    expect(ludza.body.items.every((item: { municipality: { code: string }; type: string }) => item.municipality.code === 'ludza' && item.type === 'workshop')).toBe(true);
    const paged = await visitor.get('/api/events?pageSize=1&page=2');
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(2);
    expect((await visitor.get('/api/events?pageSize=500')).status).toBe(400);

    const page = await visitor.get(`/api/events/${created.body.id}`);
    expect(page.body).toMatchObject({ canManage: false, edit: null, registrationOpen: true, myRegistration: null });

    // Bounded, validated input.
    expect((await organiser.post('/api/events', eventRequest({ titleLv: 'x'.repeat(201) }))).status).toBe(400);
    expect((await organiser.post('/api/events', eventRequest({ capacity: 0 }))).status).toBe(400);
    expect((await organiser.post('/api/events', eventRequest({ address: null, municipalityCode: null }))).status).toBe(400);
    expect((await organiser.post('/api/events', eventRequest({ municipalityCode: 'nowhere' }))).status).toBe(400);
  });

  it("a centre's page lists only the upcoming events held at that centre", async () => {
    const centre = await ctx.prisma.resourceCentre.create({
      data: { nameLv: `Līvānu kopienas centrs ${Date.now()}`, municipalityCode: 'preili', address: 'Rīgas iela 77, Līvāni', activitiesLv: 'semināri' },
    });
    const organiser = await signedIn(people.organiser.id);
    const atCentre = await organiser.post('/api/events', eventRequest({ resourceCentreId: centre.id, municipalityCode: null, address: null }, 30));
    expect(atCentre.status).toBe(201);
    const elsewhere = await organiser.post('/api/events', eventRequest({}, 31));
    expect(elsewhere.status).toBe(201);

    const visitor = ctx.client();
    const list = await visitor.get(`/api/events?resourceCentreId=${centre.id}`);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: atCentre.body.id }] });
    expect((await visitor.get('/api/events?resourceCentreId=not-a-centre')).status).toBe(400);
  });

  it('never gives more places than the capacity when many register at the same moment', async () => {
    const event = await createEvent(ctx.prisma, people.organiser.id, { capacity: 5 });
    const users = await Promise.all(Array.from({ length: 16 }, () => createUser(ctx.prisma)));
    const clients = await Promise.all(users.map((user) => signedIn(user.id)));
    await Promise.all(clients.map((client) => client.get('/api/auth/csrf')));
    const responses = await Promise.all(clients.map((client) => client.post(`/api/events/${event.id}/registrations`, { participantGroup: 'parents' })));
    expect(responses.map((response) => response.status)).toEqual(responses.map(() => 200));
    const statuses = responses.map((response) => response.body.status);
    expect(statuses.filter((status) => status === 'confirmed')).toHaveLength(5);
    expect(statuses.filter((status) => status === 'waitlisted')).toHaveLength(11);
    expect(await ctx.prisma.eventRegistration.count({ where: { eventId: event.id, status: 'confirmed' } })).toBe(5);

    // Visitors confirming their e-mailed links at once: the same rule.
    const small = await createEvent(ctx.prisma, people.organiser.id, { capacity: 3 });
    // Its own address: the per-IP limit on registrations is not what this test is about.
    const visitor = ctx.client({ remoteAddress: '198.51.100.20' });
    for (let i = 0; i < 8; i++) {
      expect((await visitor.post(`/api/events/${small.id}/registrations`, { participantGroup: 'seniors', name: `Viesis ${i}`, email: `guest-${i}-${small.id}@example.test` })).status).toBe(200);
    }
    const links = (await outboxFor('event-confirm:')).filter((mail) => mail.to.endsWith(`${small.id}@example.test`)).map((mail) => new URL(mail.params.link!));
    expect(links).toHaveLength(8);
    const confirmed = await Promise.all(
      links.map((link, i) => ctx.client({ remoteAddress: `198.51.100.${30 + i}` }).post('/api/events/registrations/confirm', { registrationId: link.searchParams.get('registration'), token: link.searchParams.get('token') })),
    );
    expect(confirmed.map((response) => response.status)).toEqual(confirmed.map(() => 200));
    expect(confirmed.filter((response) => response.body.status === 'confirmed')).toHaveLength(3);
    expect(await ctx.prisma.eventRegistration.count({ where: { eventId: small.id, status: 'confirmed' } })).toBe(3);
  });

  it('promotes the waiting list in the order people joined it, with an e-mail, when someone cancels or places are added', async () => {
    const event = await createEvent(ctx.prisma, people.organiser.id, { capacity: 1 });
    const [first, second, third] = await Promise.all([createUser(ctx.prisma, { locale: 'en' }), createUser(ctx.prisma), createUser(ctx.prisma)]);
    const clients = [await signedIn(first.id), await signedIn(second.id), await signedIn(third.id)];
    const statuses = [];
    for (const client of clients) statuses.push((await client.post(`/api/events/${event.id}/registrations`, { participantGroup: 'teachers' })).body.status);
    expect(statuses).toEqual(['confirmed', 'waitlisted', 'waitlisted']);
    expect((await clients[0]!.post(`/api/events/${event.id}/registrations`, { participantGroup: 'teachers' })).status).toBe(409);

    expect((await clients[0]!.delete(`/api/events/${event.id}/registrations/mine`)).body.status).toBe('cancelled');
    expect((await clients[1]!.get(`/api/events/${event.id}`)).body.myRegistration.status).toBe('confirmed');
    expect((await clients[2]!.get(`/api/events/${event.id}`)).body.myRegistration.status).toBe('waitlisted');
    const promoted = (await outboxFor('event-promoted:')).filter((mail) => mail.to === second.email);
    expect(promoted).toHaveLength(1);
    expect(promoted[0]!.params.kind).toBe('promoted');
    // Account holders also find it in their inbox, in their language.
    expect(await ctx.prisma.notification.count({ where: { userId: second.id, category: 'events' } })).toBeGreaterThanOrEqual(2);

    const organiser = await signedIn(people.organiser.id);
    const body = { ...eventRequest({ capacity: 2 }), startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString(), registrationDeadline: event.registrationDeadline.toISOString() };
    expect((await organiser.put(`/api/events/${event.id}`, body)).status).toBe(200);
    expect((await clients[2]!.get(`/api/events/${event.id}`)).body.myRegistration.status).toBe('confirmed');
    expect((await organiser.put(`/api/events/${event.id}`, { ...body, capacity: 1 })).status).toBe(400);
  });

  it('limits registrations per e-mail address', async () => {
    const visitor = ctx.client({ remoteAddress: '198.51.100.7' });
    const email = 'busy-visitor@example.test';
    const statuses: number[] = [];
    for (let i = 0; i <= VISITOR_REGISTRATIONS_PER_EMAIL_PER_HOUR; i++) {
      const event = await createEvent(ctx.prisma, people.organiser.id);
      statuses.push((await visitor.post(`/api/events/${event.id}/registrations`, { participantGroup: 'other', name: 'Busy', email })).status);
    }
    expect(statuses).toEqual([...Array(VISITOR_REGISTRATIONS_PER_EMAIL_PER_HOUR).fill(200), 429]);
  });

  it('the organiser checks people in by name, sees counts by group, and attendees get a certificate with Latvian letters', async () => {
    const event = await createEvent(ctx.prisma, people.organiser.id, { capacity: 10, hours: 4, titleLv: 'Seminārs „Čaklās rūķīšu ģimenes”' });
    const applicant = await signedIn(people.applicant.id);
    const registration = await applicant.post(`/api/events/${event.id}/registrations`, { participantGroup: 'parents' });
    const other = await signedIn((await createUser(ctx.prisma, { displayName: 'Pēteris Zariņš' })).id);
    await other.post(`/api/events/${event.id}/registrations`, { participantGroup: 'teachers' });

    const organiser = await signedIn(people.organiser.id);
    const found = await organiser.get(`/api/events/${event.id}/attendees?q=${encodeURIComponent('ēRIKA')}`);
    expect(found.body.items).toEqual([expect.objectContaining({ id: registration.body.id, name: 'Ērika Ķēniņa', checkedInAt: null })]);
    expect(found.body.total).toBe(1);

    expect((await applicant.get(`/api/events/${event.id}/attendees/${registration.body.id}/certificate`)).status).toBe(409);
    const checked = await organiser.put(`/api/events/${event.id}/attendees/${registration.body.id}/check-in`, { checkedIn: true });
    expect(checked.body.checkedInAt).toEqual(expect.any(String));
    const all = await organiser.get(`/api/events/${event.id}/attendees`);
    expect(all.body.counts).toEqual(
      expect.arrayContaining([
        { group: 'parents', registered: 1, checkedIn: 1 },
        { group: 'teachers', registered: 1, checkedIn: 0 },
      ]),
    );

    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/events/${event.id}/attendees/${registration.body.id}/certificate?locale=lv`,
      headers: { cookie: `kopa_session=${applicant.cookie('kopa_session')}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text } = await extractPdfText(response.rawPayload);
    expect(text).toContain('APLIECINĀJUMS');
    expect(text).toContain('Ērika Ķēniņa');
    expect(text).toContain('Seminārs „Čaklās rūķīšu ģimenes”');
    expect(text).toContain('Apjoms: 4 stundas');

    // Only for those who attended; others' certificates are not theirs to take.
    const notAttended = (await organiser.get(`/api/events/${event.id}/attendees?q=Zari`)).body.items[0].id;
    expect((await organiser.get(`/api/events/${event.id}/attendees/${notAttended}/certificate`)).status).toBe(409);
    expect((await other.get(`/api/events/${event.id}/attendees/${registration.body.id}/certificate`)).status).toBe(403);
  });

  it('reminds each person with a place the day before, exactly once however often the sweep runs', async () => {
    const soon = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() + 20 * 3_600_000) });
    const later = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() + 60 * 3_600_000) });
    const users = await Promise.all([createUser(ctx.prisma), createUser(ctx.prisma), createUser(ctx.prisma)]);
    for (const [index, user] of users.entries()) {
      await (await signedIn(user.id)).post(`/api/events/${index < 2 ? soon.id : later.id}/registrations`, { participantGroup: 'seniors' });
    }
    const reminders = ctx.app.get(EventRemindersService);
    await Promise.all([reminders.sweep(), reminders.sweep(), reminders.sweep()]);
    await reminders.sweep();
    const sent = (await outboxFor('event-reminder:')).filter((mail) => users.some((user) => user.email === mail.to));
    expect(sent.map((mail) => mail.to).sort()).toEqual([users[0]!.email, users[1]!.email].sort());
    expect(sent.every((mail) => mail.params.kind === 'reminder')).toBe(true);
  });
});
