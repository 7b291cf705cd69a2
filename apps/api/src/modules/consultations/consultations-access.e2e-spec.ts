import { startTestApp, type TestContext } from '../../test/test-app';
import { pinClock } from '../../test/application-factories';
import { createConsultationWorld, QUESTION, slotRequest, type ConsultationWorld } from '../../test/consultation-factories';

jest.setTimeout(120_000);

type Route = { method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: unknown };

describe('Consultations: who may call what', () => {
  let ctx: TestContext;
  let w: ConsultationWorld;
  let restoreClock: () => void;
  let slotId: string;
  let freeSlotId: string;
  let bookingId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    w = await createConsultationWorld(ctx);
    restoreClock = pinClock(ctx, '2027-03-01T07:00:00.000Z');
    const consultant = await w.as(w.consultant);
    const published = await consultant.post('/api/consultations/slots', slotRequest('2027-04-01', '10:00', { weeks: 2 }));
    [slotId, freeSlotId] = published.body.items.map((slot: { id: string }) => slot.id);
    const booked = await (await w.as(w.member)).post('/api/consultations/bookings', { slotId, organisationId: w.organisation.id, topic: 'budget', question: QUESTION });
    bookingId = booked.body.id;
  }, 180_000);
  afterAll(async () => {
    restoreClock?.();
    await ctx?.close();
  });

  const bookingRoutes = (): Route[] => [
    { method: 'GET', url: `/api/consultations/bookings/${bookingId}` },
    { method: 'GET', url: `/api/consultations/bookings/${bookingId}/calendar.ics` },
    { method: 'POST', url: `/api/consultations/bookings/${bookingId}/reschedule`, body: { slotId: freeSlotId } },
    { method: 'POST', url: `/api/consultations/bookings/${bookingId}/cancel` },
    { method: 'PUT', url: `/api/consultations/bookings/${bookingId}/record`, body: { attendance: 'attended' } },
  ];
  const allRoutes = (): Route[] => [
    { method: 'POST', url: '/api/consultations/slots', body: slotRequest('2027-09-01', '10:00') },
    { method: 'GET', url: '/api/consultations/slots' },
    { method: 'DELETE', url: `/api/consultations/slots/${freeSlotId}` },
    { method: 'GET', url: '/api/consultations/agenda?from=2027-04-01' },
    { method: 'POST', url: '/api/consultations/bookings', body: { slotId: freeSlotId, organisationId: w.organisation.id, topic: 'budget', question: QUESTION } },
    { method: 'GET', url: `/api/consultations/bookings?organisationId=${w.organisation.id}` },
    ...bookingRoutes(),
  ];
  const call = (client: Awaited<ReturnType<ConsultationWorld['as']>>, route: Route) => client.request(route.method, route.url, route.body);

  it('refuses every route to visitors (401)', async () => {
    const visitor = ctx.client();
    for (const route of allRoutes()) expect([route.url, (await call(visitor, route)).status]).toEqual([route.url, 401]);
  });

  it('refuses every route to reviewers (403), and admins everything but the history they may read as organisation staff', async () => {
    const reviewer = await w.as(w.reviewer);
    for (const route of allRoutes()) expect([route.method, route.url, (await call(reviewer, route)).status]).toEqual([route.method, route.url, 403]);
    const admin = await w.as(w.admin);
    for (const route of allRoutes()) {
      const status = (await call(admin, route)).status;
      const expected = route.method === 'GET' && route.url.startsWith('/api/consultations/bookings?') ? 200 : 403;
      expect([route.method, route.url, status]).toEqual([route.method, route.url, expected]);
    }
  });

  it('treats a booking of another organisation as not existing (404) for its outsiders, and another consultant’s too', async () => {
    for (const user of [w.otherMember, w.outsider]) {
      const client = await w.as(user);
      for (const route of bookingRoutes()) {
        const status = (await call(client, route)).status;
        // record is for staff only: the permission check answers first.
        expect([route.url, status]).toEqual([route.url, route.url.endsWith('/record') ? 403 : 404]);
      }
      expect((await client.get(`/api/consultations/bookings?organisationId=${w.organisation.id}`)).status).toBe(404);
    }
    const otherConsultant = await w.as(w.otherConsultant);
    for (const route of bookingRoutes()) expect([route.url, (await call(otherConsultant, route)).status]).toEqual([route.url, 404]);
    expect((await otherConsultant.delete(`/api/consultations/slots/${freeSlotId}`)).status).toBe(404);
  });

  it('keeps applicants from publishing and consultants from booking', async () => {
    expect((await (await w.as(w.member)).post('/api/consultations/slots', slotRequest('2027-09-02', '10:00'))).status).toBe(403);
    expect((await (await w.as(w.member)).get('/api/consultations/agenda?from=2027-04-01')).status).toBe(403);
    expect((await (await w.as(w.consultant)).post('/api/consultations/bookings', { slotId: freeSlotId, organisationId: w.organisation.id, topic: 'budget', question: QUESTION })).status).toBe(403);
  });

  it('refuses to withdraw a booked slot, and bounds every number', async () => {
    const consultant = await w.as(w.consultant);
    expect((await consultant.delete(`/api/consultations/slots/${slotId}`)).status).toBe(409);
    expect((await consultant.get('/api/consultations/slots?pageSize=51')).status).toBe(400);
    expect((await consultant.get('/api/consultations/agenda?from=2027-04-01&days=15')).status).toBe(400);
    expect((await consultant.get('/api/consultations/agenda?from=yesterday')).status).toBe(400);
  });
});
