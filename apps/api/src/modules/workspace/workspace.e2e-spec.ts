import { startTestApp, type TestContext } from '../../test/test-app';
import { startTestWorker } from '../../test/test-worker';
import type { RunningWorker } from '../../worker.factory';
import {
  createApplicationWorld,
  createCallWithApplicationForm,
  saveAnswers,
  startApplication,
  submittedApplication,
  type ApplicationWorld,
} from '../../test/application-factories';
import { createProgramme } from '../../test/factories';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('Workspace: the coordinator home', () => {
  let ctx: TestContext;
  let worker: RunningWorker;
  let world: ApplicationWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
    world = await createApplicationWorld(ctx);
  });

  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  const home = (client = world.clients.coordinator) => client.get('/api/workspace/coordinator');

  it('lists only the calls of programmes the coordinator runs, with counts per status and days to deadline', async () => {
    await submittedApplication(world);
    const otherProgramme = await createProgramme(ctx.prisma, [world.users.otherCoordinator.id]);
    const otherCall = await createCallWithApplicationForm(ctx.prisma, otherProgramme.id);

    const mine = await home();
    expect(mine.status).toBe(200);
    const ids = mine.body.calls.map((call: { id: string }) => call.id);
    expect(ids).toContain(world.call.id);
    expect(ids).not.toContain(otherCall.id);
    const call = mine.body.calls.find((item: { id: string }) => item.id === world.call.id);
    expect(call.countsByStatus.submitted).toBeGreaterThanOrEqual(1);
    expect(call.daysToDeadline).toBeGreaterThan(0);

    const theirs = await home(world.clients.otherCoordinator);
    expect(theirs.body.calls.map((item: { id: string }) => item.id)).toEqual([otherCall.id]);
    expect(theirs.body.recentActivity.filter((entry: { entityId: string }) => entry.entityId === world.call.id)).toEqual([]);
  });

  it("shows the newest entries about the coordinator's calls and submitted applications, never an applicant's draft", async () => {
    const submitted = await submittedApplication(world);
    const draft = await startApplication(world);
    expect((await saveAnswers(world.clients.owner, draft, { summary: 'Vēl tikai melnraksts.' })).status).toBe(200);

    const activity = (await home()).body.recentActivity as { entityType: string; entityId: string; action: string; createdAt: string }[];
    expect(activity.length).toBeGreaterThan(0);
    expect(activity.length).toBeLessThanOrEqual(15);
    expect(activity).toContainEqual(expect.objectContaining({ entityType: 'application', entityId: submitted.id, action: 'application.submitted' }));
    expect(activity.filter((entry) => entry.entityId === draft.id)).toEqual([]);
    const times = activity.map((entry) => Date.parse(entry.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('refuses everyone without calls:manage', async () => {
    expect((await home(world.clients.anonymous)).status).toBe(401);
    expect((await home(world.clients.owner)).status).toBe(403);
    expect((await home(world.clients.reviewer)).status).toBe(403);
    expect((await home(world.clients.admin)).status).toBe(403);
  });

  it('shows an answered clarification as needing the coordinator and e-mails the one who asked', async () => {
    const application = await submittedApplication(world);
    const asked = await world.clients.coordinator.post(`/api/applications/${application.id}/clarifications`, {
      questionIds: ['summary'],
      message: 'Lūdzu, precizējiet mērķa grupu.',
      dueAt: inDays(4),
    });
    expect(asked.status).toBe(201);
    expect((await home()).body.needsAttention.map((item: { applicationId: string }) => item.applicationId)).not.toContain(application.id);

    const current = (await world.clients.owner.get(`/api/applications/${application.id}`)).body;
    expect((await saveAnswers(world.clients.owner, current, { summary: 'Precizēta mērķa grupa.' })).status).toBe(200);
    expect((await world.clients.owner.post(`/api/applications/${application.id}/submit`)).status).toBe(200);

    const after = await home();
    expect(after.body.needsAttention).toContainEqual(
      expect.objectContaining({ applicationId: application.id, reason: 'clarification_answered', referenceNumber: application.referenceNumber }),
    );
    expect(after.body.recentActivity.map((entry: { action: string }) => entry.action)).toContain('application.resubmitted');
    expect((await home(world.clients.otherCoordinator)).body.needsAttention).toEqual([]);

    const mail = await ctx.mailbox.waitFor(world.users.coordinator.email, (message) => message.subject?.includes(application.referenceNumber) ?? false);
    expect(mail.subject).toBe(`Pieteikumam ${application.referenceNumber} iesniegts precizējums`);
    expect(mail.text).toContain(`http://kopa.test/manage/applications/${application.id}`);
    expect(mail.text).toContain('Biedrība „Preiļu kopiena”');
    expect(ctx.mailbox.to(world.users.otherCoordinator.email)).toEqual([]);
  });
});
