import ical, { type VEvent } from 'node-ical';
import { startTestApp, type TestContext } from '../../test/test-app';
import { pinClock } from '../../test/application-factories';
import { createConsultationWorld, QUESTION, slotRequest, type ConsultationWorld } from '../../test/consultation-factories';
import { ConsultationRemindersService } from './consultation-reminders.service';

/** The one VEVENT of an .ics text, parsed by node-ical. */
function parseEvent(text: string): VEvent {
  return Object.values(ical.sync.parseICS(text)).find((item) => item?.type === 'VEVENT') as VEvent;
}

/** Now, for every test of this file: Monday 1 March 2027, 09:00 in Riga (EET). */
const NOW = '2027-03-01T07:00:00.000Z';
// The shared machine is busy: booting a test app may take a while.
jest.setTimeout(120_000);

describe('Consultations', () => {
  let ctx: TestContext;
  let w: ConsultationWorld;
  let restoreClock: () => void;

  beforeAll(async () => {
    ctx = await startTestApp({ CONSULTATION_CHANGE_CUTOFF_HOURS: '24' });
    w = await createConsultationWorld(ctx);
    restoreClock = pinClock(ctx, NOW);
  }, 180_000);
  afterAll(async () => {
    restoreClock?.();
    await ctx?.close();
  });

  async function publish(date: string, time: string, overrides: Record<string, unknown> = {}, by = w.consultant) {
    const response = await (await w.as(by)).post('/api/consultations/slots', slotRequest(date, time, overrides));
    expect(response.status).toBe(201);
    return response.body.items as Array<{ id: string; startsAt: string; endsAt: string }>;
  }

  async function book(slotId: string, by = w.member, organisationId = w.organisation.id, extra: Record<string, unknown> = {}) {
    return (await w.as(by)).post('/api/consultations/bookings', { slotId, organisationId, topic: 'budget', question: QUESTION, ...extra });
  }

  describe('publishing in Riga time', () => {
    it('keeps the wall-clock time of a weekly series across the spring DST change (EET → EEST)', async () => {
      // Sundays 21 and 28 March 2027 and 4 April: DST starts in Riga at 03:00 on 28 March.
      const slots = await publish('2027-03-21', '10:00', { weeks: 3 });
      expect(slots.map((slot) => slot.startsAt)).toEqual(['2027-03-21T08:00:00.000Z', '2027-03-28T07:00:00.000Z', '2027-04-04T07:00:00.000Z']);
      expect(slots.every((slot) => new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime() === 3_600_000)).toBe(true);
    });

    it('keeps it across the autumn change (EEST → EET) too', async () => {
      const slots = await publish('2027-10-24', '14:30', { weeks: 2 });
      expect(slots.map((slot) => slot.startsAt)).toEqual(['2027-10-24T11:30:00.000Z', '2027-10-31T12:30:00.000Z']);
    });

    it('moves a time that does not exist on the spring-forward night forward by the gap', async () => {
      const [slot] = await publish('2027-03-28', '03:30', {}, w.otherConsultant);
      // 03:30 does not exist that night; it becomes 04:30 EEST = 01:30 UTC.
      expect(slot!.startsAt).toBe('2027-03-28T01:30:00.000Z');
    });

    it('refuses overlapping slots of the same consultant, slots in the past and an in-person slot without a centre', async () => {
      const client = await w.as(w.consultant);
      await publish('2027-05-03', '10:00');
      expect((await client.post('/api/consultations/slots', slotRequest('2027-05-03', '10:30'))).status).toBe(409);
      expect((await client.post('/api/consultations/slots', slotRequest('2027-02-01', '10:00'))).status).toBe(400);
      const inPerson = await client.post('/api/consultations/slots', slotRequest('2027-05-04', '10:00', { mode: 'in_person', meetingUrl: null }));
      expect(inPerson.status).toBe(400);
      expect(inPerson.body.errors.map((error: { path: string }) => error.path)).toContain('resourceCentreId');
      expect((await client.post('/api/consultations/slots', slotRequest('2027-05-04', '10:00', { weeks: 27 }))).status).toBe(400);
    });

    it('shows in-person slots on the centre page, publicly', async () => {
      await publish('2027-05-05', '12:00', { mode: 'in_person', meetingUrl: null, resourceCentreId: w.centre.id });
      const response = await ctx.client().get(`/api/public/resource-centres/${w.centre.id}/consultation-slots`);
      expect(response.status).toBe(200);
      expect(response.body.total).toBe(1);
      expect(response.body.items[0]).toMatchObject({ mode: 'in_person', resourceCentre: { id: w.centre.id }, booked: false });
      expect(JSON.stringify(response.body)).not.toContain('meet.example.org');
    });
  });

  describe('booking', () => {
    it('lets exactly one of many concurrent bookings of a slot win; the others hear it is taken', async () => {
      const [slot] = await publish('2027-06-01', '10:00');
      await publish('2027-06-01', '11:00'); // still free afterwards: offered to the losers
      const contenders = await Promise.all([w.member, w.otherMember].map((user) => w.as(user)));
      const attempts = Array.from({ length: 10 }, (_, index) => {
        const mine = index % 2 === 0;
        return contenders[mine ? 0 : 1]!.post('/api/consultations/bookings', {
          slotId: slot!.id,
          organisationId: mine ? w.organisation.id : w.otherOrganisation.id,
          topic: 'budget',
          question: QUESTION,
        });
      });
      const responses = await Promise.all(attempts);
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(9);
      for (const refused of responses.filter((response) => response.status === 409)) {
        expect(refused.body.type).toBe('/problems/slot-taken');
        // The refusal offers other free slots of the same topic, never the one just taken.
        const alternatives = refused.body.alternatives as { id: string; topics: string[] }[];
        expect(alternatives.length).toBeGreaterThan(0);
        expect(alternatives.length).toBeLessThanOrEqual(5);
        for (const alternative of alternatives) expect([alternative.id === slot!.id, alternative.topics.includes('budget')]).toEqual([false, true]);
      }
      expect(await ctx.prisma.consultationBooking.count({ where: { slotId: slot!.id, status: 'booked' } })).toBe(1);
      // The slot is no longer offered.
      const free = await contenders[0]!.get('/api/consultations/slots?pageSize=50');
      expect(free.body.items.map((item: { id: string }) => item.id)).not.toContain(slot!.id);
    });

    it('books for an organisation the caller belongs to only; a coordinator books on a member’s behalf', async () => {
      const [slot] = await publish('2027-06-02', '10:00');
      expect((await book(slot!.id, w.member, w.otherOrganisation.id)).status).toBe(404);
      expect((await book(slot!.id, w.outsider, w.organisation.id)).status).toBe(404);
      expect((await book(slot!.id, w.member, w.organisation.id, { contactUserId: w.otherMember.id })).status).toBe(403);
      expect((await book(slot!.id, w.coordinator, w.organisation.id)).status).toBe(400);
      expect((await book(slot!.id, w.coordinator, w.organisation.id, { contactUserId: w.otherMember.id })).status).toBe(400);
      const onBehalf = await book(slot!.id, w.coordinator, w.organisation.id, { contactUserId: w.member.id });
      expect(onBehalf.status).toBe(201);
      expect(onBehalf.body.contact.id).toBe(w.member.id);
    });

    it('refuses a topic the slot does not offer and an unbounded question', async () => {
      const [slot] = await publish('2027-06-03', '10:00');
      expect((await book(slot!.id, w.member, w.organisation.id, { topic: 'reporting' })).status).toBe(400);
      expect((await book(slot!.id, w.member, w.organisation.id, { question: 'x'.repeat(2001) })).status).toBe(400);
    });

    it('sends confirmation e-mails with a valid .ics (METHOD:REQUEST, stable UID) and puts them in the inbox', async () => {
      const [slot] = await publish('2027-06-04', '11:00');
      const booked = await book(slot!.id);
      expect(booked.status).toBe(201);
      const outbox = await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `consultation-booked:${booked.body.id}` } } });
      expect(outbox).toHaveLength(2);
      const forMember = outbox.find((row) => (row.payload as { to: string }).to === w.member.email)!;
      const payload = forMember.payload as { locale: string; attachments: Array<{ kind: string; method: string; content: string }> };
      expect(payload.locale).toBe('lv');
      const event = parseEvent(payload.attachments[0]!.content);
      expect(event.uid).toBe(`consultation-${booked.body.id}@kopa.test`);
      expect(new Date(event.start!).toISOString()).toBe('2027-06-04T08:00:00.000Z');
      expect(new Date(event.end!).toISOString()).toBe('2027-06-04T09:00:00.000Z');
      expect(payload.attachments[0]!.content).toContain('METHOD:REQUEST');
      expect(String(event.sequence)).toBe('0');
      const inbox = await ctx.prisma.notification.findMany({ where: { userId: w.member.id, category: 'consultations' } });
      expect(inbox.some((row) => row.subject.startsWith('Konsultācija pieteikta'))).toBe(true);

      // The same UID comes from the download route.
      const download = await (await w.as(w.member)).get(`/api/consultations/bookings/${booked.body.id}/calendar.ics`);
      expect(download.status).toBe(200);
      expect(String(download.headers['content-type'])).toContain('text/calendar');
      expect(download.body).toContain(`UID:consultation-${booked.body.id}@kopa.test`);

      // Cancelling sends METHOD:CANCEL with the same UID and a higher SEQUENCE, in English to an English reader.
      const cancelled = await (await w.as(w.member)).post(`/api/consultations/bookings/${booked.body.id}/cancel`);
      expect(cancelled.status).toBe(200);
      const cancelMail = await ctx.prisma.outboxMessage.findFirst({ where: { dedupeKey: `consultation-cancelled:${booked.body.id}:once:${w.member.id}` } });
      const cancelIcs = (cancelMail!.payload as { attachments: Array<{ content: string; method: string }> }).attachments[0]!;
      expect(cancelIcs.method).toBe('CANCEL');
      expect(cancelIcs.content).toContain('METHOD:CANCEL');
      const cancelEvent = parseEvent(cancelIcs.content);
      expect(cancelEvent.uid).toBe(event.uid);
      expect(String(cancelEvent.sequence)).toBe('1');
      expect(cancelEvent.status).toBe('CANCELLED');
    });
  });

  describe('cancelling and moving', () => {
    it('lets the organisation change it until the cut-off before the start, and staff until the start', async () => {
      const [first, second] = await publish('2027-06-10', '10:00', { weeks: 2 });
      const booked = await book(first!.id);
      // Sessions are signed in under the pinned time (they expire after 14 days of clock).
      const restore = pinClock(ctx, '2027-06-09T07:00:01.000Z'); // 23 h 59 min 59 s before
      try {
        const member = await w.as(w.member);
        expect((await member.post(`/api/consultations/bookings/${booked.body.id}/reschedule`, { slotId: second!.id })).status).toBe(409);
        expect((await member.post(`/api/consultations/bookings/${booked.body.id}/cancel`)).status).toBe(409);
        const moved = await (await w.as(w.consultant)).post(`/api/consultations/bookings/${booked.body.id}/reschedule`, { slotId: second!.id });
        expect(moved.status).toBe(200);
        expect(moved.body.slot.id).toBe(second!.id);
      } finally {
        restore();
      }
      // Exactly at the cut-off the organisation may still cancel; a slot that has passed cannot be taken.
      const restoreAt = pinClock(ctx, '2027-06-16T07:00:00.000Z');
      try {
        const member = await w.as(w.member);
        const back = await member.post(`/api/consultations/bookings/${booked.body.id}/reschedule`, { slotId: first!.id });
        expect(back.status).toBe(409); // the first slot has passed by then
        const cancelled = await member.post(`/api/consultations/bookings/${booked.body.id}/cancel`);
        expect(cancelled.status).toBe(200);
      } finally {
        restoreAt();
      }
      const changed = await ctx.prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: `consultation-changed:${booked.body.id}` } } });
      expect(changed).toBe(2);
    });

    it('the consultant cancels a booked slot (the booker gets METHOD:CANCEL), then withdraws it from the free list', async () => {
      const [slot] = await publish('2027-06-22', '10:00');
      const booked = await book(slot!.id);
      const consultant = await w.as(w.consultant);
      expect((await consultant.delete(`/api/consultations/slots/${slot!.id}`)).status).toBe(409); // booked: cancel first
      expect((await consultant.post(`/api/consultations/bookings/${booked.body.id}/cancel`)).status).toBe(200);
      const mail = await ctx.prisma.outboxMessage.findFirst({ where: { dedupeKey: `consultation-cancelled:${booked.body.id}:once:${w.member.id}` } });
      const ics = (mail!.payload as { to: string; attachments: Array<{ content: string; method: string }> }).attachments[0]!;
      expect((mail!.payload as { to: string }).to).toBe(w.member.email);
      expect(ics.method).toBe('CANCEL');
      const parsed = parseEvent(ics.content);
      expect(parsed.uid).toBe(`consultation-${booked.body.id}@kopa.test`);
      expect(parsed.status).toBe('CANCELLED');

      expect((await consultant.delete(`/api/consultations/slots/${slot!.id}`)).status).toBe(204);
      const free = await (await w.as(w.member)).get('/api/consultations/slots?pageSize=50');
      expect(free.body.items.map((item: { id: string }) => item.id)).not.toContain(slot!.id);
      expect((await book(slot!.id)).status).toBe(409);
      expect((await consultant.delete(`/api/consultations/slots/${slot!.id}`)).status).toBe(404);
    });

    it('a coordinator booking on a member’s behalf races like anyone else: exactly one booking wins', async () => {
      const [slot] = await publish('2027-06-23', '10:00');
      const results = await Promise.all([
        book(slot!.id, w.coordinator, w.organisation.id, { contactUserId: w.member.id }),
        book(slot!.id, w.member),
        book(slot!.id, w.otherMember, w.otherOrganisation.id),
      ]);
      expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409]);
      expect(await ctx.prisma.consultationBooking.count({ where: { slotId: slot!.id, status: 'booked' } })).toBe(1);
    });

    it('frees the slot for someone else once cancelled', async () => {
      const [slot] = await publish('2027-06-20', '10:00');
      const first = await book(slot!.id);
      await (await w.as(w.member)).post(`/api/consultations/bookings/${first.body.id}/cancel`);
      expect((await book(slot!.id, w.otherMember, w.otherOrganisation.id)).status).toBe(201);
    });
  });

  describe('after the session', () => {
    it('records attendance, outcome and private notes; the notes never reach the organisation', async () => {
      const [slot] = await publish('2027-07-01', '10:00');
      const booked = await book(slot!.id);
      const record = { attendance: 'attended', privateNotes: 'SLEPENA-PIEZIME: valde nav vienota', outcome: 'Budžets pārskatīts', followUpActions: 'Nosūtīt precizētu tāmi' };
      expect((await (await w.as(w.consultant)).put(`/api/consultations/bookings/${booked.body.id}/record`, record)).status).toBe(409); // not started yet

      const restore = pinClock(ctx, '2027-07-01T08:00:00.000Z');
      try {
        const consultant = await w.as(w.consultant);
        expect((await (await w.as(w.member)).put(`/api/consultations/bookings/${booked.body.id}/record`, record)).status).toBe(403);
        expect((await (await w.as(w.otherConsultant)).put(`/api/consultations/bookings/${booked.body.id}/record`, record)).status).toBe(404);
        const recorded = await consultant.put(`/api/consultations/bookings/${booked.body.id}/record`, record);
        expect(recorded.status).toBe(200);
        expect(recorded.body.privateNotes).toBe(record.privateNotes);

        // Every route an organisation member can reach: not a trace of the notes.
        const member = await w.as(w.member);
        const seen = await Promise.all([
          member.get(`/api/consultations/bookings/${booked.body.id}`),
          member.get('/api/consultations/bookings'),
          member.get(`/api/consultations/bookings?organisationId=${w.organisation.id}`),
          member.get(`/api/consultations/bookings/${booked.body.id}/calendar.ics`),
          member.get('/api/consultations/slots'),
          member.get('/api/notifications?pageSize=50'),
        ]);
        for (const response of seen) {
          expect(response.status).toBe(200);
          expect(JSON.stringify(response.body)).not.toContain('SLEPENA-PIEZIME');
        }
        expect(seen[0]!.body).not.toHaveProperty('privateNotes');
        expect(seen[0]!.body).toMatchObject({ attendance: 'attended', outcome: record.outcome, followUpActions: record.followUpActions });
        // The audit log, read by other staff, says that notes exist, not what they say.
        const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: booked.body.id } });
        expect(JSON.stringify(audit)).not.toContain('SLEPENA-PIEZIME');

        // Coordinators see them; the agenda of the consultant carries them.
        const coordinatorView = await (await w.as(w.coordinator)).get(`/api/consultations/bookings/${booked.body.id}`);
        expect(coordinatorView.body.privateNotes).toBe(record.privateNotes);
        const agenda = await consultant.get('/api/consultations/agenda?from=2027-07-01&days=1');
        expect(agenda.status).toBe(200);
        expect(agenda.body.items).toHaveLength(1);
        expect(agenda.body.items[0].booking.privateNotes).toBe(record.privateNotes);
      } finally {
        restore();
      }
    });
  });

  describe('reminders', () => {
    it('sends the 24-hour reminder exactly once, even when sweeps run at the same time', async () => {
      const [slot] = await publish('2027-08-02', '10:00');
      const booked = await book(slot!.id);
      const reminders = ctx.app.get(ConsultationRemindersService);
      const restoreEarly = pinClock(ctx, '2027-07-31T07:00:00.000Z'); // 48 h before: too early
      try {
        expect((await reminders.sweep()).sent).toBe(0);
      } finally {
        restoreEarly();
      }
      const restore = pinClock(ctx, '2027-08-01T07:30:00.000Z'); // 23.5 h before
      try {
        const results = await Promise.all([reminders.sweep(), reminders.sweep(), reminders.sweep()]);
        expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
        expect((await reminders.sweep()).sent).toBe(0);
      } finally {
        restore();
      }
      const mails = await ctx.prisma.outboxMessage.findMany({ where: { dedupeKey: { startsWith: `consultation-reminder:${booked.body.id}` } } });
      expect(mails).toHaveLength(2); // the member and the consultant
      expect(mails.every((row) => (row.payload as { attachments: unknown[] }).attachments.length === 1)).toBe(true);
    });
  });
});
