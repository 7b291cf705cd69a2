import { startTestApp, type TestContext } from '../../test/test-app';
import { createUser } from '../../test/factories';
import { createEvent, createEventPeople } from '../../test/event-factories';
import { extractPdfText } from '../applications/receipt/pdf-text.test-helper';
import { EventRemindersService } from './event-reminders.service';
import { registrationToken } from './event-links';

const HOUR = 3_600_000;

describe('Events: my registrations and certificate links', () => {
  let ctx: TestContext;
  let people: Awaited<ReturnType<typeof createEventPeople>>;

  beforeAll(async () => {
    ctx = await startTestApp();
    people = await createEventPeople(ctx.prisma);
  });
  afterAll(() => ctx.close());

  const register = (eventId: string, person: { userId: string | null; email: string; name: string }, checkedIn: boolean) =>
    ctx.prisma.eventRegistration.create({
      data: { eventId, ...person, locale: 'lv', participantGroup: 'teachers', status: 'confirmed', queuedAt: new Date(), checkedInAt: checkedIn ? new Date() : null },
    });
  const download = (registrationId: string, token: string) =>
    ctx.app.inject({ method: 'GET', url: `/api/events/registrations/${registrationId}/certificate?token=${encodeURIComponent(token)}` });

  it('lists a user’s own upcoming and past registrations, paged, with what they may still do', async () => {
    const user = await createUser(ctx.prisma, { displayName: 'Inese Ābola' });
    const someoneElse = await createUser(ctx.prisma);
    const past = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() - 30 * HOUR), titleLv: 'Pagājušais seminārs' });
    const soon = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() + 30 * HOUR) });
    const later = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() + 90 * HOUR) });
    await register(past.id, { userId: user.id, email: user.email, name: user.displayName }, true);
    for (const event of [later, soon]) await register(event.id, { userId: user.id, email: user.email, name: user.displayName }, false);
    await register(soon.id, { userId: someoneElse.id, email: someoneElse.email, name: 'Cits' }, false);

    const client = await ctx.client().signInAs(user.id);
    const upcoming = await client.get('/api/events/registrations/mine?pageSize=1');
    expect(upcoming.status).toBe(200);
    expect(upcoming.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(upcoming.body.items).toEqual([expect.objectContaining({ cancellable: true, certificate: false, checkedIn: false, event: expect.objectContaining({ id: soon.id }) })]);
    const previous = await client.get('/api/events/registrations/mine?when=past');
    expect(previous.body.items).toEqual([expect.objectContaining({ cancellable: false, certificate: true, event: expect.objectContaining({ id: past.id }) })]);

    // Cancelling one's own upcoming place works; a past one is refused.
    expect((await client.delete(`/api/events/${soon.id}/registrations/mine`)).body.status).toBe('cancelled');
    expect((await client.get('/api/events/registrations/mine')).body.total).toBe(1);
    expect((await client.delete(`/api/events/${past.id}/registrations/mine`)).status).toBe(409);

    expect((await client.get('/api/events/registrations/mine?pageSize=500')).status).toBe(400);
    expect((await ctx.client().get('/api/events/registrations/mine')).status).toBe(401);
  });

  it('a visitor downloads their own certificate through the signed link; other registrations and non-attendees are refused', async () => {
    const event = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() - 5 * HOUR), hours: 2, titleLv: 'Darbnīca „Ūdeņu ķērāji”' });
    const visitor = await register(event.id, { userId: null, email: 'guna@example.test', name: 'Guna Šķēle' }, true);
    const other = await register(event.id, { userId: null, email: 'maris@example.test', name: 'Māris Žagars' }, true);
    const absent = await register(event.id, { userId: null, email: 'absent@example.test', name: 'Neatnācis' }, false);
    const secret = ctx.config.COOKIE_SECRET;

    const response = await download(visitor.id, registrationToken(secret, 'certificate', visitor.id));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const { text } = await extractPdfText(response.rawPayload);
    expect(text).toContain('Guna Šķēle');
    expect(text).toContain('Darbnīca „Ūdeņu ķērāji”');

    // One person's token opens no one else's certificate, nor does a token for another purpose.
    expect((await download(other.id, registrationToken(secret, 'certificate', visitor.id))).statusCode).toBe(404);
    expect((await download(visitor.id, registrationToken(secret, 'cancel', visitor.id))).statusCode).toBe(404);
    expect((await download(visitor.id, 'x'.repeat(43))).statusCode).toBe(404);
    // Someone who did not attend has no certificate, even with their own valid link.
    expect((await download(absent.id, registrationToken(secret, 'certificate', absent.id))).statusCode).toBe(409);
    // A cancelled registration has none either.
    await ctx.prisma.eventRegistration.update({ where: { id: other.id }, data: { status: 'cancelled' } });
    expect((await download(other.id, registrationToken(secret, 'certificate', other.id))).statusCode).toBe(409);
  });

  it('e-mails each attendee the certificate link once after the event ends; not to those absent nor before the end', async () => {
    const ended = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() - 6 * HOUR), hours: 2 });
    const running = await createEvent(ctx.prisma, people.organiser.id, { startsAt: new Date(Date.now() - HOUR), hours: 3 });
    const attendee = await register(ended.id, { userId: null, email: 'liene@example.test', name: 'Liene' }, true);
    await register(ended.id, { userId: null, email: 'nobody@example.test', name: 'Nav' }, false);
    await register(running.id, { userId: null, email: 'running@example.test', name: 'Vēl' }, true);

    const reminders = ctx.app.get(EventRemindersService);
    await Promise.all([reminders.sweepCertificates(), reminders.sweepCertificates()]);
    await reminders.sweepCertificates();
    const rows = await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: 'event-certificate:' } } });
    const mine = ['liene@example.test', 'nobody@example.test', 'running@example.test'];
    const payloads = rows
      .map((row) => row.payload as { to: string; params: { kind: string; link: string; cancelLink: string | null } })
      .filter((mail) => mine.includes(mail.to));
    expect(payloads.map((mail) => mail.to)).toEqual(['liene@example.test']);
    expect(payloads[0]!.params).toMatchObject({ kind: 'certificate', cancelLink: null });

    // The link in the e-mail downloads the PDF.
    const link = new URL(payloads[0]!.params.link);
    expect(link.pathname).toBe(`/api/events/registrations/${attendee.id}/certificate`);
    expect((await download(attendee.id, link.searchParams.get('token')!)).statusCode).toBe(200);
  });
});
