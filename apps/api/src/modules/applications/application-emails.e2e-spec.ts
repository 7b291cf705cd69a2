import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import { createApplicationWorld, saveAnswers, startApplication, completeAnswers, type ApplicationWorld, promoteMemberToOwner } from '../../test/application-factories';

/** The whole path through the outbox, BullMQ, the worker and SMTP. */
describe('Applications: e-mails delivered', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: ApplicationWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    world = await createApplicationWorld(ctx);
    await promoteMemberToOwner(ctx, world);
  });

  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  it('sends one receipt with the PDF after a double-clicked submit, then a clarification request in each language', async () => {
    const started = await startApplication(world, world.clients.member);
    await saveAnswers(world.clients.member, started, completeAnswers());
    const [first, second] = await Promise.all([
      world.clients.member.post(`/api/applications/${started.id}/submit`),
      world.clients.member.post(`/api/applications/${started.id}/submit`),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const reference: string = first.body.referenceNumber;

    const receipt = await ctx.mailbox.waitFor(world.users.member.email, (mail) => mail.subject?.includes(reference) ?? false);
    expect(receipt.attachments.map((attachment) => attachment.filename)).toEqual([`${reference}.pdf`]);
    await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject?.includes(reference) ?? false);

    const dueAt = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const asked = await world.clients.coordinator.post(`/api/applications/${started.id}/clarifications`, {
      questionIds: ['summary'],
      message: 'Lūdzu, precizējiet mērķa grupu.',
      dueAt,
    });
    expect(asked.status).toBe(201);
    const toMember = await ctx.mailbox.waitFor(world.users.member.email, (mail) => mail.subject?.startsWith('Clarification') ?? false);
    expect(toMember.subject).toBe(`Clarification requested for application ${reference}`);
    expect(toMember.text).toContain('Lūdzu, precizējiet mērķa grupu.');
    expect(toMember.text).toContain(`http://kopa.test/applications/${started.id}`);
    const toOwner = await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject?.includes('precizējumi') ?? false);
    expect(toOwner.subject).toBe(`Pieteikumam ${reference} nepieciešami precizējumi`);

    const receipts = ctx.mailbox.messages.filter((mail) => mail.subject?.includes('saņemts') || mail.subject?.includes('received'));
    expect(receipts).toHaveLength(2);
  });
});
