import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { createUser } from '../../test/factories';
import { createAssignment, createReviewWorld, type ReviewWorld } from '../../test/review-factories';
import { REVIEWER_INVITATIONS_PER_HOUR } from './reviewer-pool.service';

const linkIn = (text: string) => /http:\/\/kopa\.test\/reset-password\?token=([^\s]+)/.exec(text)?.[1];

describe('Reviewer pool and invitations', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: ReviewWorld;
  const pool = () => `/api/calls/${world.call.id}/reviewers`;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    world = await createReviewWorld(ctx, { reviewerCount: 1, applicationCount: 1 });
  }, 120_000);

  afterAll(async () => {
    await worker.close();
    await ctx.close();
  });

  it('finds reviewer accounts outside the pool by e-mail or name, paged; adds and removes them', async () => {
    const zane = await createUser(ctx.prisma, { roles: ['reviewer'], displayName: 'Zane Vērtētāja', email: 'zane.vertetaja@example.test' });
    await createUser(ctx.prisma, { roles: ['reviewer'], displayName: 'Zigmārs Vērtētājs' });
    await createUser(ctx.prisma, { roles: ['applicant'], displayName: 'Zane Iesniedzēja' });

    const found = await world.clients.coordinator.get(`/api/calls/${world.call.id}/reviewer-candidates?q=ZANE`);
    expect(found.body.items.map((c: { userId: string }) => c.userId)).toEqual([zane.id]);
    const paged = await world.clients.coordinator.get(`/api/calls/${world.call.id}/reviewer-candidates?q=v%C4%93rt%C4%93t&pageSize=1`);
    expect(paged.body).toMatchObject({ total: 2, pageSize: 1 });
    expect(paged.body.items).toHaveLength(1);

    expect((await world.clients.coordinator.post(pool(), { userId: zane.id })).status).toBe(204);
    const listed = await world.clients.coordinator.get(pool());
    expect(listed.body.total).toBe(2);
    expect((await world.clients.coordinator.get(`/api/calls/${world.call.id}/reviewer-candidates?q=zane`)).body.items).toEqual([]);

    const applicant = await createUser(ctx.prisma, { roles: ['applicant'] });
    const refused = await world.clients.coordinator.post(pool(), { userId: applicant.id });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].code).toBe('not_reviewer');

    expect((await world.clients.coordinator.delete(`${pool()}/${zane.id}`)).status).toBe(204);
    expect((await world.clients.coordinator.get(pool())).body.total).toBe(1);
  });

  it('will not remove a reviewer who still has unfinished assignments', async () => {
    const reviewer = world.reviewers[0]!;
    await createAssignment(ctx.prisma, { callId: world.call.id, applicationId: world.applications[0]!.application.id, reviewerId: reviewer.id });
    const response = await world.clients.coordinator.delete(`${pool()}/${reviewer.id}`);
    expect(response.status).toBe(409);
    expect(response.body.errors[0].code).toBe('has_assignments');
  });

  it('invites by e-mail: an unverified reviewer account, a link in their language that sets the password', async () => {
    const invited = await world.clients.coordinator.post(`${pool()}/invite`, { email: 'Janis.Ozols@Example.test', displayName: 'Jānis Ozols', locale: 'en' });
    expect(invited.status).toBe(201);
    expect(invited.body.created).toBe(true);
    const account = await ctx.prisma.user.findUniqueOrThrow({ where: { email: 'janis.ozols@example.test' } });
    expect(account).toMatchObject({ roles: ['reviewer'], emailVerifiedAt: null, locale: 'en' });
    const listed = (await world.clients.coordinator.get(pool())).body.items.find((r: { userId: string }) => r.userId === account.id);
    expect(listed.invitationPending).toBe(true);

    // Nobody can sign in before the link is used.
    expect((await ctx.client().post('/api/auth/login', { email: 'janis.ozols@example.test', password: '!' })).status).toBe(401);

    const mail = await ctx.mailbox.waitFor('janis.ozols@example.test');
    expect(mail.subject).toBe('Invitation to review the call “Community initiatives 2026”');
    expect(mail.text).toContain('Koordinatore Kristīne invites you');
    const token = decodeURIComponent(linkIn(mail.text ?? '')!);
    const reset = await ctx.client().post('/api/auth/reset-password', { token, password: 'a-strong-new-password-1' });
    expect(reset.status).toBe(204);
    const after = await ctx.prisma.user.findUniqueOrThrow({ where: { id: account.id } });
    expect(after.emailVerifiedAt).not.toBeNull();
    const client = ctx.client();
    await client.login('janis.ozols@example.test', 'a-strong-new-password-1');
    expect((await client.get('/api/reviews/assignments')).status).toBe(200);
    // The link works once.
    expect((await ctx.client().post('/api/auth/reset-password', { token, password: 'another-password-22' })).status).toBe(400);
  });

  it('writes the invitation in Latvian by default; an existing reviewer is just added; others are refused', async () => {
    await world.clients.coordinator.post(`${pool()}/invite`, { email: 'liga@example.test', displayName: 'Līga' });
    const mail = await ctx.mailbox.waitFor('liga@example.test');
    expect(mail.subject).toBe('Uzaicinājums kļūt par vērtētāju konkursā „Kopienu iniciatīvas 2026”');

    const reviewer = await createUser(ctx.prisma, { roles: ['reviewer'] });
    const existing = await world.clients.coordinator.post(`${pool()}/invite`, { email: reviewer.email, displayName: 'X' });
    expect(existing.body).toEqual({ userId: reviewer.id, created: false });
    const applicant = await createUser(ctx.prisma, { roles: ['applicant'] });
    const refused = await world.clients.coordinator.post(`${pool()}/invite`, { email: applicant.email, displayName: 'X' });
    expect(refused.status).toBe(409);
    expect((await world.clients.coordinator.post(`${pool()}/invite`, { email: 'not-an-email', displayName: 'X' })).status).toBe(400);
  });

  it('limits invitations per coordinator', async () => {
    const sent = await ctx.prisma.auditLog.count({ where: { actorId: world.users.coordinator.id, action: 'review.reviewer_invited' } });
    await ctx.prisma.auditLog.createMany({
      data: Array.from({ length: REVIEWER_INVITATIONS_PER_HOUR - sent }, (_, i) => ({
        actorId: world.users.coordinator.id,
        action: 'review.reviewer_invited',
        entityType: 'call',
        entityId: `${world.call.id}-${i}`,
      })),
    });
    const limited = await world.clients.coordinator.post(`${pool()}/invite`, { email: 'one-too-many@example.test', displayName: 'X' });
    expect(limited.status).toBe(429);
    expect(limited.body.type).toBe('/problems/rate-limited');
    expect(await ctx.prisma.user.count({ where: { email: 'one-too-many@example.test' } })).toBe(0);
  });
});
