import { APPLICATION_STATUSES, APPLICATION_TRANSITIONS } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../test/decision-factories';

describe('Decisions: award, waitlist, reject within the budget', () => {
  let ctx: TestContext;
  let world: DecisionWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
  });
  afterAll(() => ctx.close());

  const decide = (id: string, body: object, client = world.clients.coordinator) => client.post(`/api/applications/${id}/decision`, body);

  it('awards a reduced amount with a rationale: decision row, application record, audit and budget line', async () => {
    const { application } = await reviewedApplication(ctx, world, { requestedCents: 250_000n });
    const response = await decide(application.id, { kind: 'award', amountCents: 200_000, rationale: 'Samazināts tāmes 3. punkts.' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'awarded',
      decision: { kind: 'award', amountCents: 200_000, rationale: 'Samazināts tāmes 3. punkts.', overrideReason: null, decidedByName: 'Koordinatore Ilze', letterSentAt: null },
      budget: { envelopeCents: 1_000_000, allocatedCents: 200_000, remainingCents: 800_000, overAllocated: false },
    });
    const stored = await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect([stored.status, stored.awardedCents, stored.decidedAt !== null]).toEqual(['awarded', 200_000n, true]);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { action: 'application.award', entityId: application.id } });
    expect(audit).toMatchObject({ actorId: world.users.coordinator.id, before: { status: 'reviewed' }, after: { status: 'awarded', awardedCents: 200_000 } });

    // Changing one's mind: waitlisting it frees the money.
    const waitlisted = await decide(application.id, { kind: 'waitlist', rationale: 'Rezervē.' });
    expect(waitlisted.body).toMatchObject({ status: 'waitlisted', decision: { kind: 'waitlist', amountCents: null }, budget: { allocatedCents: 0 } });
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).awardedCents).toBeNull();
    await decide(application.id, { kind: 'reject', rationale: 'Neatbilst prioritātēm.' });
  });

  it('never awards above the requested amount or the call maximum, below the minimum, or in fractions of a cent', async () => {
    const { application } = await reviewedApplication(ctx, world, { requestedCents: 250_000n });
    const { application: big } = await reviewedApplication(ctx, world, { requestedCents: 900_000n });
    const cases: Array<[string, object, string | undefined]> = [
      [application.id, { kind: 'award', amountCents: 250_001, rationale: 'x' }, 'above_requested'],
      [big.id, { kind: 'award', amountCents: 300_001, rationale: 'x' }, 'above_maximum'],
      [application.id, { kind: 'award', amountCents: 49_999, rationale: 'x' }, 'below_minimum'],
      [application.id, { kind: 'award', amountCents: 100_000.5, rationale: 'x' }, undefined],
      [application.id, { kind: 'award', rationale: 'x' }, undefined],
      [application.id, { kind: 'award', amountCents: 100_000 }, undefined],
      [application.id, { kind: 'award', amountCents: 100_000, rationale: 'x'.repeat(4001) }, undefined],
      [application.id, { kind: 'reject', amountCents: 100_000, rationale: 'x' }, undefined],
      [application.id, { kind: 'fund', rationale: 'x' }, undefined],
    ];
    for (const [id, body, code] of cases) {
      const response = await decide(id, body);
      expect([JSON.stringify(body).slice(0, 60), response.status]).toEqual([JSON.stringify(body).slice(0, 60), 400]);
      if (code) expect(response.body.errors.map((error: any) => error.code)).toContain(code);
    }
    expect(await ctx.prisma.decision.count({ where: { applicationId: { in: [application.id, big.id] } } })).toBe(0);
    expect((await decide(application.id, { kind: 'award', amountCents: 250_000, rationale: 'Pilnā apmērā.' })).status).toBe(200);
    await decide(application.id, { kind: 'reject', rationale: 'x' });
  });

  it('refuses to go over the envelope without an override reason, and records the reason when given', async () => {
    const apps = [];
    for (let i = 0; i < 4; i++) apps.push((await reviewedApplication(ctx, world, { requestedCents: 300_000n })).application);
    for (const application of apps.slice(0, 3)) {
      expect((await decide(application.id, { kind: 'award', amountCents: 300_000, rationale: 'Labi.' })).status).toBe(200);
    }
    const over = await decide(apps[3]!.id, { kind: 'award', amountCents: 200_000, rationale: 'Labi.' });
    expect(over.status).toBe(409);
    expect(over.body.errors).toEqual([{ path: 'overrideReason', code: 'over_envelope', message: 'decisions.envelope.overrideRequired' }]);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: apps[3]!.id } })).status).toBe('reviewed');

    // Exactly up to the envelope needs no override.
    const exact = await decide(apps[3]!.id, { kind: 'award', amountCents: 100_000, rationale: 'Atlikums.' });
    expect(exact.body.budget).toEqual({ envelopeCents: 1_000_000, allocatedCents: 1_000_000, remainingCents: 0, overAllocated: false });
    // Raising the same award re-counts it once, not twice.
    const raised = await decide(apps[3]!.id, { kind: 'award', amountCents: 150_000, rationale: 'Atlikums.', overrideReason: 'Padome piešķīra papildu līdzekļus.' });
    expect(raised.status).toBe(200);
    expect(raised.body.decision.overrideReason).toBe('Padome piešķīra papildu līdzekļus.');
    expect(raised.body.budget).toEqual({ envelopeCents: 1_000_000, allocatedCents: 1_050_000, remainingCents: -50_000, overAllocated: true });
    const ranked = await world.clients.coordinator.get(`/api/calls/${world.call.id}/ranking`);
    expect(ranked.body.budget.overAllocated).toBe(true);
    for (const application of apps) await decide(application.id, { kind: 'reject', rationale: 'Atiestatīts.' });
  });

  it('refuses a decision from every status the workflow table does not list, changing nothing', async () => {
    for (const kind of ['award', 'waitlist', 'reject'] as const) {
      for (const status of APPLICATION_STATUSES.filter((s) => !APPLICATION_TRANSITIONS[kind].from.includes(s))) {
        const { application } = await reviewedApplication(ctx, world, { status, scores: [] });
        const body = kind === 'award' ? { kind, amountCents: 100_000, rationale: 'x' } : { kind, rationale: 'x' };
        const response = await decide(application.id, body);
        expect([kind, status, response.status, response.body.type]).toEqual([kind, status, 409, '/problems/invalid-transition']);
        const stored = await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
        expect([stored.status, stored.awardedCents]).toEqual([status, null]);
      }
    }
    expect(await ctx.prisma.decision.count({ where: { application: { status: { notIn: ['reviewed', 'awarded', 'waitlisted', 'rejected'] } } } })).toBe(0);
  });

  it('refuses decisions once the call is decided', async () => {
    const { application } = await reviewedApplication(ctx, world);
    await ctx.prisma.call.update({ where: { id: world.call.id }, data: { status: 'decided' } });
    try {
      const response = await decide(application.id, { kind: 'reject', rationale: 'x' });
      expect(response.status).toBe(409);
    } finally {
      await ctx.prisma.call.update({ where: { id: world.call.id }, data: { status: 'closed' } });
    }
  });
});

describe('Decisions: two coordinators at once never over-allocate', () => {
  let ctx: TestContext;
  let world: DecisionWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('serialises concurrent awards on the call: the sum never passes the envelope', async () => {
    const second = await ctx.client().signInAs(world.users.coordinator.id);
    const apps = [];
    for (let i = 0; i < 8; i++) apps.push((await reviewedApplication(ctx, world, { requestedCents: 300_000n, scores: [[4, 8]] })).application);
    // 8 × €2 500 = €20 000 asked of a €10 000 envelope: exactly four fit.
    const responses = await Promise.all(
      apps.map((application, index) =>
        (index % 2 ? second : world.clients.coordinator).post(`/api/applications/${application.id}/decision`, { kind: 'award', amountCents: 250_000, rationale: 'Vienlaicīgi.' }),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 409, 409, 409, 409]);
    const sum = await ctx.prisma.decision.aggregate({ where: { callId: world.call.id, kind: 'award' }, _sum: { amountCents: true } });
    expect(sum._sum.amountCents).toBe(1_000_000n);
    expect(await ctx.prisma.application.count({ where: { callId: world.call.id, status: 'awarded' } })).toBe(4);
    // Every successful response saw the awards committed before it.
    const allocations = responses.filter((response) => response.status === 200).map((response) => response.body.budget.allocatedCents).sort((a, b) => a - b);
    expect(allocations).toEqual([250_000, 500_000, 750_000, 1_000_000]);
  });
});
