import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createUser } from '../../test/factories';
import {
  createApplicationWorld,
  saveAnswers,
  startApplication,
  submittedApplication,
  type ApplicationWorld,
} from '../../test/application-factories';
import {
  attachmentTestForm,
  createCallWithForm,
  createDraftApplication,
  createOrganisationWithMembers,
  SAMPLE_FILES,
  uploadFile,
  filesUnder,
} from '../../test/attachment-factories';


describe('DELETE /api/applications/:id (a draft deleted by its organisation)', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let storageDir: string;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'kopa-uploads-'));
    ctx = await startTestApp({ STORAGE_DIR: storageDir });
    world = await createApplicationWorld(ctx);
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('lets an owner delete a draft: gone for everyone, and audited', async () => {
    const draft = await startApplication(world);
    await saveAnswers(world.clients.owner, draft, { project_title: 'Kopienas dārzs' });

    const response = await world.clients.owner.delete(`/api/applications/${draft.id}`);
    expect(response.status).toBe(204);

    expect((await world.clients.owner.get(`/api/applications/${draft.id}`)).status).toBe(404);
    expect((await world.clients.coordinator.get(`/api/applications/${draft.id}`)).status).toBe(404);
    const mine = (await world.clients.owner.get<{ items: { id: string }[] }>('/api/applications/mine')).body.items;
    expect(mine.map((item) => item.id)).not.toContain(draft.id);
    expect(await ctx.prisma.application.findUnique({ where: { id: draft.id } })).toBeNull();

    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: draft.id, action: 'application.deleted' } });
    expect(audit.actorId).toBe(world.users.owner.id);
    expect(audit.before).toMatchObject({ status: 'draft', attachments: [] });
  });

  it('refuses a plain member (403), another organisation (404), a coordinator, a reviewer and an admin (403), and anonymous callers (401)', async () => {
    const draft = await startApplication(world);
    const url = `/api/applications/${draft.id}`;
    expect((await world.clients.member.delete(url)).status).toBe(403);
    expect((await world.clients.outsider.delete(url)).status).toBe(404);
    expect((await world.clients.coordinator.delete(url)).status).toBe(403);
    expect((await world.clients.otherCoordinator.delete(url)).status).toBe(403);
    expect((await world.clients.reviewer.delete(url)).status).toBe(403);
    expect((await world.clients.admin.delete(url)).status).toBe(403);
    expect((await world.clients.anonymous.delete(url)).status).toBe(401);
    expect(await ctx.prisma.application.findUnique({ where: { id: draft.id } })).not.toBeNull();
    expect(await ctx.prisma.auditLog.count({ where: { entityId: draft.id, action: 'application.deleted' } })).toBe(0);
    expect((await world.clients.owner.delete(url)).status).toBe(204);
  });

  it('refuses to delete a submitted application (409: it is withdrawn instead) and answers 404 for an unknown one', async () => {
    const submitted = await submittedApplication(world);
    const response = await world.clients.owner.delete(`/api/applications/${submitted.id}`);
    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await ctx.prisma.application.findUnique({ where: { id: submitted.id } })).not.toBeNull();
    expect((await world.clients.owner.delete('/api/applications/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await world.clients.owner.delete('/api/applications/not-a-uuid')).status).toBe(400);
  });

  it('removes the attached files from storage with the draft', async () => {
    const coordinator = await createUser(ctx.prisma, { roles: ['coordinator'] });
    const { call } = await createCallWithForm(ctx.prisma, { staffUserIds: [coordinator.id], form: attachmentTestForm() });
    const { organisation, owner } = await createOrganisationWithMembers(ctx.prisma, { memberLocales: ['lv'] });
    const application = await createDraftApplication(ctx.prisma, { callId: call.id, organisationId: organisation.id });
    const client = await ctx.client().signInAs(owner.id);
    const before = await filesUnder(storageDir);
    const upload = await uploadFile(ctx.app, client, `/api/applications/${application.id}/attachments?questionId=documents`, {
      name: 'Tāme.pdf',
      content: SAMPLE_FILES.pdf,
    });
    expect(upload.status).toBe(201);
    expect((await filesUnder(storageDir)).length).toBe(before.length + 1);

    expect((await client.delete(`/api/applications/${application.id}`)).status).toBe(204);

    expect(await filesUnder(storageDir)).toEqual(before);
    expect(await ctx.prisma.attachment.count({ where: { applicationId: application.id } })).toBe(0);
    const audit = await ctx.prisma.auditLog.findFirstOrThrow({ where: { entityId: application.id, action: 'application.deleted' } });
    expect(audit.before).toMatchObject({ attachments: ['Tāme.pdf'] });
  });
});
