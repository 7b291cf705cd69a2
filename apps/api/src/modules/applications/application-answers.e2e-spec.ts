import { PROBLEM_TYPES } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../test/test-app';
import { completeAnswers, createApplicationWorld, saveAnswers, startApplication, type ApplicationWorld } from '../../test/application-factories';

describe('Applications: autosave with field-level merge', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createApplicationWorld(ctx);
  });

  afterAll(() => ctx.close());

  it('saves changed answers, bumps their field versions and audits the change', async () => {
    const application = await startApplication(world);
    const response = await saveAnswers(world.clients.owner, application, { project_title: 'Dārzs', participants: 12 });
    expect(response.status).toBe(200);
    expect(response.body.conflicts).toEqual([]);
    expect(response.body).toMatchObject({
      answers: { project_title: 'Dārzs', participants: 12 },
      fieldVersions: { project_title: 1, participants: 1 },
      version: 2,
    });
    // What the save changed, not the application again: the editor already holds the form.
    expect(Object.keys(response.body).sort()).toEqual(['answers', 'conflicts', 'fieldVersions', 'id', 'requestedCents', 'updatedAt', 'version']);
    const reloaded = (await world.clients.owner.get(`/api/applications/${application.id}`)).body;
    expect(reloaded).toMatchObject({ answers: response.body.answers, fieldVersions: response.body.fieldVersions, version: 2, updatedAt: response.body.updatedAt });
    const cleared = await saveAnswers(world.clients.member, response.body, { participants: null });
    expect(cleared.body.answers).toEqual({ project_title: 'Dārzs' });
    expect(cleared.body.fieldVersions).toMatchObject({ participants: 2 });
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: application.id, action: 'application.answers-updated' } });
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actorId: world.users.member.id, before: { participants: 12 }, after: { participants: null } });
  });

  it('keeps both of two simultaneous saves of different answers', async () => {
    const application = await startApplication(world);
    const [a, b] = await Promise.all([
      saveAnswers(world.clients.owner, application, { project_title: 'From the owner' }),
      saveAnswers(world.clients.member, application, { summary: 'From the member' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([...a.body.conflicts, ...b.body.conflicts]).toEqual([]);
    const stored = await world.clients.owner.get(`/api/applications/${application.id}`);
    expect(stored.body.answers).toEqual({ project_title: 'From the owner', summary: 'From the member' });
    expect(stored.body.version).toBe(3);
  });

  it('reports a conflict when two people change the same answer at once, and loses neither value', async () => {
    const application = await startApplication(world);
    const [a, b] = await Promise.all([
      saveAnswers(world.clients.owner, application, { project_title: 'Owner title' }),
      saveAnswers(world.clients.member, application, { project_title: 'Member title' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const conflicts = [...a.body.conflicts, ...b.body.conflicts];
    expect(conflicts).toHaveLength(1);
    const stored = (await world.clients.owner.get(`/api/applications/${application.id}`)).body;
    expect(['Owner title', 'Member title']).toContain(stored.answers.project_title);
    expect(conflicts[0]).toEqual({
      questionId: 'project_title',
      yours: stored.answers.project_title === 'Owner title' ? 'Member title' : 'Owner title',
      theirs: stored.answers.project_title,
      theirsFieldVersion: 1,
    });
    // The loser resolves it by saving again on top of the version it now knows.
    const resolved = await world.clients.owner.patch(`/api/applications/${application.id}/answers`, {
      changes: { project_title: 'Agreed title' },
      baseFieldVersions: { project_title: conflicts[0]!.theirsFieldVersion },
    });
    expect(resolved.body).toMatchObject({ conflicts: [], answers: { project_title: 'Agreed title' } });
  });

  it('applies the fresh answers and reports only the stale one in a mixed save', async () => {
    const application = await startApplication(world);
    await saveAnswers(world.clients.member, application, { summary: 'Member summary' });
    const response = await world.clients.owner.patch(`/api/applications/${application.id}/answers`, {
      changes: { summary: 'Owner summary', project_title: 'Owner title' },
      baseFieldVersions: { summary: 0, project_title: 0 },
    });
    expect(response.body.conflicts).toEqual([
      { questionId: 'summary', yours: 'Owner summary', theirs: 'Member summary', theirsFieldVersion: 1 },
    ]);
    expect(response.body.answers).toEqual({ summary: 'Member summary', project_title: 'Owner title' });
  });

  it('validates each value with the draft schema (400, field errors) and saves nothing of that request', async () => {
    const application = await startApplication(world);
    const response = await saveAnswers(world.clients.owner, application, {
      project_title: 'x'.repeat(121),
      participants: 'many' as never,
      activity_type: 'party',
    });
    expect(response.status).toBe(400);
    expect(response.body.type).toBe(PROBLEM_TYPES.validation);
    const byPath = Object.fromEntries(response.body.errors.map((error: { path: string; message: string }) => [error.path, error.message]));
    // Text over the limit is work in progress: a draft keeps it, only submission refuses it.
    expect(Object.keys(byPath).sort()).toEqual(['activity_type', 'participants']);
    const unknown = await saveAnswers(world.clients.owner, application, { no_such_question: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ path: 'no_such_question', message: 'answer.question.unknown' });
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } })).answers).toEqual({});

    const overLimit = await saveAnswers(world.clients.owner, application, { project_title: 'x'.repeat(121) });
    expect(overLimit.status).toBe(200);
    expect(overLimit.body.answers.project_title).toHaveLength(121);
  });

  it('accepts an empty or half-typed draft budget line but not an unknown category', async () => {
    const application = await startApplication(world);
    const bad = await saveAnswers(world.clients.owner, application, {
      budget: [{ category: 'food', description: '', quantity: 1, unitCostCents: 10, ownContributionCents: 0 }] as never,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { path: string }) => error.path)).toEqual(['budget.0.category']);
    const halfTyped = await saveAnswers(world.clients.owner, application, {
      budget: [{ category: 'travel', description: '', quantity: 1, unitCostCents: 10, ownContributionCents: 0 }],
    });
    expect(halfTyped.status).toBe(200);
    const good = await saveAnswers(world.clients.owner, halfTyped.body, { budget: completeAnswers().budget! });
    expect(good.status).toBe(200);
    expect(good.body.requestedCents).toBe(99_000);
  });

  it('lets file answers name only live attachments of this application and question', async () => {
    const application = await startApplication(world);
    const other = await startApplication(world);
    const attachment = (applicationId: string, questionId: string, deletedAt: Date | null = null) =>
      ctx.prisma.attachment.create({
        data: {
          applicationId,
          questionId,
          fileName: 'letter.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 10,
          sha256: 'x'.repeat(64),
          storageKey: `test/${Math.random()}`,
          deletedAt,
        },
      });
    const mine = await attachment(application.id, 'support_letters');
    const deleted = await attachment(application.id, 'support_letters', new Date());
    const wrongQuestion = await attachment(application.id, 'photos');
    const foreign = await attachment(other.id, 'support_letters');
    for (const id of [deleted.id, wrongQuestion.id, foreign.id]) {
      const response = await saveAnswers(world.clients.owner, application, { support_letters: [id] });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({ path: 'support_letters', message: 'answer.file.unknown' });
    }
    const ok = await saveAnswers(world.clients.owner, application, { support_letters: [mine.id] });
    expect(ok.status).toBe(200);
  });

  it('refuses changes once the application is no longer editable', async () => {
    const application = await startApplication(world);
    await saveAnswers(world.clients.owner, application, completeAnswers());
    expect((await world.clients.owner.post(`/api/applications/${application.id}/submit`)).status).toBe(200);
    const response = await saveAnswers(world.clients.owner, application, { project_title: 'Too late' });
    expect(response.status).toBe(409);
    expect(response.body.type).toBe(PROBLEM_TYPES.invalidTransition);
    expect(response.body.errors[0]).toMatchObject({ path: 'project_title', message: 'answer.notEditable' });
  });

  /** The history groups a member's autosaves into one row per editing session, in SQL, paged. */
  describe('history in sessions', () => {
    const at = (minutes: number) => new Date(Date.UTC(2027, 2, 1, 8, 0) + minutes * 60_000);

    async function applicationWithTrail(trail: { minutes: number; actor: 'owner' | 'member'; action?: string; after?: object }[]) {
      const application = await startApplication(world);
      // The start's own entry, moved before the trail.
      await ctx.prisma.auditLog.updateMany({ where: { entityType: 'application', entityId: application.id }, data: { createdAt: at(-60) } });
      await ctx.prisma.auditLog.createMany({
        data: trail.map((entry) => ({
          actorId: world.users[entry.actor].id,
          action: entry.action ?? 'application.answers-updated',
          entityType: 'application',
          entityId: application.id,
          after: entry.after ?? { changed: ['project_title'] },
          createdAt: at(entry.minutes),
        })),
      });
      return application.id as string;
    }

    it('makes one row of a member’s saves with gaps under 30 minutes, and splits on a long gap, another person or another action', async () => {
      const id = await applicationWithTrail([
        ...Array.from({ length: 45 }, (_, i) => ({ minutes: i, actor: 'owner' as const, after: { n: i } })),
        { minutes: 44 + 30, actor: 'owner' },
        { minutes: 80, actor: 'member' },
        { minutes: 81, actor: 'member', action: 'attachment.uploaded' },
        { minutes: 82, actor: 'member' },
      ]);
      const response = await world.clients.coordinator.get(`/api/applications/${id}/history`);
      expect(response.status).toBe(200);
      const rows = response.body.items.map((item: { action: string; count: number; actorName: string; createdAt: string; lastAt: string }) => [
        item.action,
        item.count,
        item.actorName,
        item.createdAt,
        item.lastAt,
      ]);
      expect(rows).toEqual([
        ['application.created', 1, 'Anna Īpašniece', at(-60).toISOString(), at(-60).toISOString()],
        ['application.answers-updated', 45, 'Anna Īpašniece', at(0).toISOString(), at(44).toISOString()],
        ['application.answers-updated', 1, 'Anna Īpašniece', at(74).toISOString(), at(74).toISOString()],
        ['application.answers-updated', 1, 'Member Person', at(80).toISOString(), at(80).toISOString()],
        ['attachment.uploaded', 1, 'Member Person', at(81).toISOString(), at(81).toISOString()],
        ['application.answers-updated', 1, 'Member Person', at(82).toISOString(), at(82).toISOString()],
      ]);
      expect(response.body.total).toBe(6);
      // The session's after is its last save's.
      expect(response.body.items[1].after).toEqual({ n: 44 });
    });

    it('pages the sessions with a total, and bounds the page size', async () => {
      const id = await applicationWithTrail([
        { minutes: 0, actor: 'owner' },
        { minutes: 10, actor: 'owner' },
        { minutes: 100, actor: 'owner' },
        { minutes: 200, actor: 'member' },
      ]);
      const second = await world.clients.coordinator.get(`/api/applications/${id}/history?page=2&pageSize=2`);
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ total: 4, page: 2, pageSize: 2 });
      expect(second.body.items.map((item: { count: number; actorName: string }) => [item.count, item.actorName])).toEqual([
        [1, 'Anna Īpašniece'],
        [1, 'Member Person'],
      ]);
      expect((await world.clients.coordinator.get(`/api/applications/${id}/history?pageSize=101`)).status).toBe(400);
      expect((await world.clients.coordinator.get(`/api/applications/${id}/history?page=0`)).status).toBe(400);
    });

    it('refuses the applicant (wrong role) and a coordinator of another programme (wrong organisation)', async () => {
      const id = await applicationWithTrail([{ minutes: 0, actor: 'owner' }]);
      expect((await world.clients.owner.get(`/api/applications/${id}/history`)).status).toBe(403);
      expect((await world.clients.otherCoordinator.get(`/api/applications/${id}/history`)).status).toBe(404);
      expect((await world.clients.outsider.get(`/api/applications/${id}/history`)).status).toBe(403);
    });
  });
});
