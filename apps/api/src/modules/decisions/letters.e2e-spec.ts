import { Queue } from 'bullmq';
import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { QUEUES } from '../../jobs/queue-names';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../test/decision-factories';

/** Intl puts no-break spaces in amounts ("2000,00 €"); compare them as plain spaces. */
const plain = (text: string | false | undefined) => (text || '').replace(/[\u00a0\u202f]/g, ' ');
const settle = () => new Promise((resolve) => setTimeout(resolve, 800));

describe('Decision letters: templates, preview and sending exactly once', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: DecisionWorld;
  let awarded: { id: string; referenceNumber: string | null };
  let rejected: { id: string; referenceNumber: string | null };

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    world = await createDecisionWorld(ctx);
    const first = await reviewedApplication(ctx, world, { projectTitle: 'Kopienas dārzs', requestedCents: 250_000n, scores: [[5, 8], [4, 6]] });
    const second = await reviewedApplication(ctx, world, { projectTitle: 'Lasītava', scores: [[2, 3], [3, 4]] });
    awarded = first.application;
    rejected = second.application;
    await ctx.prisma.reviewScore.update({
      where: { assignmentId_criterionId: { assignmentId: second.assignments[1]!.id, criterionId: world.criteria.impact.id } },
      data: { sharedWithApplicant: true, comment: 'Mērķa grupa aprakstīta pārāk vispārīgi.' },
    });
    const coordinator = world.clients.coordinator;
    expect((await coordinator.post(`/api/applications/${awarded.id}/decision`, { kind: 'award', amountCents: 200_000, rationale: 'Spēcīga ietekme.' })).status).toBe(200);
    expect((await coordinator.post(`/api/applications/${rejected.id}/decision`, { kind: 'reject', rationale: 'Zems vērtējums.', feedbackEnabled: true })).status).toBe(200);
  });

  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  const base = () => `/api/calls/${world.call.id}`;

  it('lists the built-in templates, saves a bilingual one and refuses unknown merge fields', async () => {
    const list = await world.clients.coordinator.get(`${base()}/letter-templates`);
    expect(list.body.items.map((item: any) => [item.kind, item.isDefault])).toEqual([['award', true], ['waitlist', true], ['reject', true]]);

    const text = {
      subject: { lv: 'Finansējums projektam „{{projectTitle}}”', en: 'Funding for "{{projectTitle}}"' },
      body: { lv: 'Labdien!\n\n{{organisation}} saņem {{amount}} konkursā „{{callTitle}}” ({{referenceNumber}}). {{rationale}}', en: 'Hello,\n\n{{organisation}} receives {{amount}} in "{{callTitle}}" ({{referenceNumber}}). {{rationale}}' },
    };
    const saved = await world.clients.coordinator.put(`${base()}/letter-templates/award`, text);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ kind: 'award', isDefault: false, subject: text.subject });

    const typo = await world.clients.coordinator.put(`${base()}/letter-templates/award`, { ...text, body: { ...text.body, lv: 'Summa: {{summa}}' } });
    expect(typo.status).toBe(400);
    expect(typo.body.errors[0].path).toBe('body.lv');
    expect((await world.clients.coordinator.put(`${base()}/letter-templates/grant`, text)).status).toBe(400);
    expect((await world.clients.coordinator.put(`${base()}/letter-templates/award`, { ...text, body: { lv: 'x'.repeat(10_001), en: 'x' } })).status).toBe(400);
  });

  it('previews the letter of one application in Latvian and English, also for unsaved text', async () => {
    const preview = await world.clients.coordinator.post(`${base()}/letters/preview`, { applicationId: awarded.id });
    expect(preview.status).toBe(200);
    expect(preview.body.kind).toBe('award');
    expect(preview.body.lv.subject).toBe('Finansējums projektam „Kopienas dārzs”');
    expect(plain(preview.body.lv.body)).toContain(`Biedrība „Preiļu kopiena” saņem 2000,00 € konkursā „Kopienu iniciatīvas” (${awarded.referenceNumber}). Spēcīga ietekme.`);
    expect(plain(preview.body.en.body)).toContain('receives €2,000.00 in "Community initiatives"');
    expect(preview.body.feedback).toBeNull();

    const unsaved = await world.clients.coordinator.post(`${base()}/letters/preview`, {
      applicationId: rejected.id,
      template: { subject: { lv: 'S {{referenceNumber}}', en: 'S' }, body: { lv: '{{rationale}}', en: '{{rationale}}' } },
    });
    expect(unsaved.body).toMatchObject({ kind: 'reject', lv: { subject: `S ${rejected.referenceNumber}`, body: 'Zems vērtējums.' } });
    // Feedback: this application's means against the funded one's, and only the selected comment, unnamed.
    expect(unsaved.body.feedback).toEqual({
      criteria: [
        { name: { lv: 'Ietekme', en: 'Impact' }, maxScore: 5, score: 2.5, fundedMean: 4.5 },
        { name: { lv: 'Budžets', en: 'Budget' }, maxScore: 10, score: 3.5, fundedMean: 7 },
      ],
      comments: [{ criterionName: { lv: 'Ietekme', en: 'Impact' }, comment: 'Mērķa grupa aprakstīta pārāk vispārīgi.' }],
    });
    const other = await reviewedApplication(ctx, world, { callId: undefined });
    await ctx.prisma.application.update({ where: { id: other.application.id }, data: { callId: (await otherCall(ctx, world)).id } });
    expect((await world.clients.coordinator.post(`${base()}/letters/preview`, { applicationId: other.application.id })).status).toBe(404);
    await ctx.prisma.application.delete({ where: { id: other.application.id } });
  });

  it('the applicant sees nothing of the decision before the letters are sent', async () => {
    expect((await world.clients.owner.get(`/api/applications/${awarded.id}/decision`)).status).toBe(404);
  });

  it('refuses to send while an application still waits for its decision', async () => {
    const waiting = await reviewedApplication(ctx, world);
    const response = await world.clients.coordinator.post(`${base()}/letters/send`);
    expect(response.status).toBe(409);
    await ctx.prisma.application.delete({ where: { id: waiting.application.id } });
    expect(await ctx.prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: 'decision-letter:' } } })).toBe(0);
  });

  it('sends each letter once to every member in their language, even when sent twice at once and again later', async () => {
    const [first, second] = await Promise.all([
      world.clients.coordinator.post(`${base()}/letters/send`),
      world.clients.coordinator.post(`${base()}/letters/send`),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const results = [first.body, second.body].sort((a, b) => b.queued - a.queued);
    expect(results).toEqual([
      { queued: 2, emails: 4, alreadySent: 0, callStatus: 'decided' },
      { queued: 0, emails: 0, alreadySent: 2, callStatus: 'decided' },
    ]);
    const call = await ctx.prisma.call.findUniqueOrThrow({ where: { id: world.call.id } });
    expect([call.status, call.decidedAt !== null]).toEqual(['decided', true]);
    expect(await ctx.prisma.auditLog.count({ where: { action: 'call.decide', entityId: world.call.id } })).toBe(1);

    const toOwner = await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject === 'Finansējums projektam „Kopienas dārzs”');
    expect(plain(toOwner.text)).toContain('2000,00 €');
    expect(toOwner.text).toContain(`http://kopa.test/applications/${awarded.id}`);
    const toMember = await ctx.mailbox.waitFor(world.users.member.email, (mail) => mail.subject === `Decision on application ${rejected.referenceNumber}`);
    expect(toMember.text).toContain('has not been awarded funding');
    expect(toMember.text).toContain('Zems vērtējums.');
    expect(toMember.text).toContain('Impact: 2.5 / 5 (mean of funded applications: 4.5 / 5)');
    expect(toMember.text).toContain('Mērķa grupa aprakstīta pārāk vispārīgi.');
    expect(toMember.text).not.toContain('Vērtētāj');
    const rejectedLv = await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject === `Lēmums par pieteikumu ${rejected.referenceNumber}`);
    expect(rejectedLv.text).toContain('Ietekme: 2,5 / 5');

    // The job of one letter runs again (a lost acknowledgement): still one e-mail.
    const row = await ctx.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: `decision-letter:${awarded.id}:${world.users.owner.id}` } });
    const queue = new Queue(QUEUES.email, { connection: { url: ctx.config.REDIS_URL }, prefix: ctx.config.QUEUE_PREFIX });
    await queue.add('email', { outboxId: row.id }, { jobId: `again-${row.id}` });
    const third = await world.clients.coordinator.post(`${base()}/letters/send`);
    expect(third.body).toEqual({ queued: 0, emails: 0, alreadySent: 2, callStatus: 'decided' });
    await settle();
    await queue.close();
    expect(ctx.mailbox.to(world.users.owner.email)).toHaveLength(2);
    expect(ctx.mailbox.to(world.users.member.email)).toHaveLength(2);
    expect(await ctx.prisma.outboxMessage.count({ where: { dedupeKey: { startsWith: 'decision-letter:' } } })).toBe(4);
  });

  it('then shows members the decision, amount, rationale and feedback, and keeps it a record', async () => {
    const award = await world.clients.member.get(`/api/applications/${awarded.id}/decision`);
    expect(award.status).toBe(200);
    expect(award.body).toMatchObject({ kind: 'award', amountCents: 200_000, rationale: 'Spēcīga ietekme.', feedback: null });
    const reject = await world.clients.owner.get(`/api/applications/${rejected.id}/decision`);
    expect(reject.body.feedback.comments).toEqual([{ criterionName: { lv: 'Ietekme', en: 'Impact' }, comment: 'Mērķa grupa aprakstīta pārāk vispārīgi.' }]);
    expect(JSON.stringify(reject.body)).not.toContain('Vērtētāj');
    expect((await world.clients.outsider.get(`/api/applications/${awarded.id}/decision`)).status).toBe(404);
    expect((await world.clients.coordinator.get(`/api/applications/${awarded.id}/decision`)).status).toBe(403);

    expect((await world.clients.coordinator.post(`/api/applications/${awarded.id}/decision`, { kind: 'reject', rationale: 'x' })).status).toBe(409);
    expect((await world.clients.coordinator.put(`${base()}/letter-templates/award`, { subject: { lv: 'a', en: 'a' }, body: { lv: 'a', en: 'a' } })).status).toBe(409);
  });
});

async function otherCall(ctx: TestContext, world: DecisionWorld) {
  return ctx.prisma.call.create({
    data: {
      programmeId: world.programme.id,
      code: `O${Date.now().toString(36).slice(-5).toUpperCase()}`,
      titleLv: 'Cits',
      titleEn: 'Other',
      descriptionLv: '-',
      descriptionEn: '-',
      budgetEnvelopeCents: 1n,
      minAwardCents: 1n,
      maxAwardCents: 1n,
      ownContributionPercent: 0,
      opensAt: new Date(),
      closesAt: new Date(),
      status: 'closed',
    },
  });
}
