import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
import { createMunicipalities, createUser } from '../../test/factories';
import { createEvent, createEventPeople, eventRequest } from '../../test/event-factories';

type Route = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown };

describe('Events: who may call what', () => {
  let ctx: TestContext;
  let people: Awaited<ReturnType<typeof createEventPeople>>;
  let eventId: string;
  let registrationId: string;
  let routes: { organiser: Route[]; attend: Route[] };

  beforeAll(async () => {
    ctx = await startTestApp();
    await createMunicipalities(ctx.prisma);
    people = await createEventPeople(ctx.prisma);
    const event = await createEvent(ctx.prisma, people.organiser.id);
    eventId = event.id;
    const attendee = await createUser(ctx.prisma, { displayName: 'Dalībniece Anna' });
    const registered = await (await ctx.client().signInAs(attendee.id)).post(`/api/events/${eventId}/registrations`, { participantGroup: 'teachers' });
    registrationId = registered.body.id;
    await ctx.prisma.eventRegistration.update({ where: { id: registrationId }, data: { checkedInAt: new Date() } });
    const attendees = `/api/events/${eventId}/attendees`;
    routes = {
      // Only the organiser of this event and coordinators.
      organiser: [
        { method: 'PUT', url: `/api/events/${eventId}`, body: eventRequest() },
        { method: 'GET', url: attendees },
        { method: 'PUT', url: `${attendees}/${registrationId}/check-in`, body: { checkedIn: true } },
        { method: 'GET', url: `${attendees}/${registrationId}/certificate` },
        { method: 'DELETE', url: `${attendees}/${registrationId}` },
      ],
      // Any account.
      attend: [{ method: 'DELETE', url: `/api/events/${eventId}/registrations/mine` }],
    };
  });
  afterAll(() => ctx.close());

  async function statuses(client: TestClient, list: Route[]) {
    const result: string[] = [];
    for (const route of list) {
      const response = await client.request(route.method, route.url, route.body);
      result.push(`${route.method} ${route.url} ${response.status}`);
      if (response.status === 403 || response.status === 401) expect(JSON.stringify(response.body ?? '')).not.toContain('Dalībniece Anna');
    }
    return result;
  }
  const expectAll = (list: Route[], status: number) => list.map((route) => `${route.method} ${route.url} ${status}`);

  it('refuses visitors on every route that needs an account, and lets them read and register', async () => {
    const visitor = ctx.client();
    expect(await statuses(visitor, [...routes.organiser, ...routes.attend, { method: 'POST', url: '/api/events', body: eventRequest() }])).toEqual(
      expectAll([...routes.organiser, ...routes.attend, { method: 'POST', url: '/api/events' }], 401),
    );
    expect((await visitor.get('/api/events')).status).toBe(200);
    expect((await visitor.get(`/api/events/${eventId}`)).status).toBe(200);
  });

  it('refuses applicants, reviewers, admins and other consultants on the organiser routes', async () => {
    for (const user of [people.applicant, people.reviewer, people.admin, people.otherConsultant]) {
      const client = await ctx.client().signInAs(user.id);
      expect(await statuses(client, routes.organiser)).toEqual(expectAll(routes.organiser, 403));
    }
    for (const user of [people.applicant, people.reviewer, people.admin]) {
      expect((await (await ctx.client().signInAs(user.id)).post('/api/events', eventRequest())).status).toBe(403);
    }
    // Nobody else's registration to cancel.
    expect((await (await ctx.client().signInAs(people.applicant.id)).delete(`/api/events/${eventId}/registrations/mine`)).status).toBe(404);
  });

  it('lets the organiser and any coordinator manage the event', async () => {
    for (const user of [people.organiser, people.coordinator]) {
      const client = await ctx.client().signInAs(user.id);
      const [update, list, checkIn, certificate] = await statuses(client, routes.organiser.slice(0, 4));
      expect([update, list, checkIn, certificate].map((line) => line!.split(' ').pop())).toEqual(['200', '200', '200', '200']);
    }
    expect((await (await ctx.client().signInAs(people.otherConsultant.id)).post('/api/events', eventRequest())).status).toBe(201);
  });

  it('refuses links with a wrong token and unknown ids', async () => {
    const visitor = ctx.client();
    const body = { registrationId, token: 'x'.repeat(43) };
    expect((await visitor.post('/api/events/registrations/confirm', body)).status).toBe(404);
    expect((await visitor.post('/api/events/registrations/cancel', body)).status).toBe(404);
    expect((await visitor.post('/api/events/registrations/cancel', { registrationId: 'nope', token: 'x'.repeat(43) })).status).toBe(400);
    expect((await visitor.get('/api/events/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await ctx.prisma.eventRegistration.findUniqueOrThrow({ where: { id: registrationId } })).status).toBe('confirmed');
  });
});
