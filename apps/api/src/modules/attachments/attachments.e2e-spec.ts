import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestContext } from '../../test/test-app';
import { createUser } from '../../test/factories';
import {
  attachmentTestForm,
  createCallWithForm,
  createDraftApplication,
  createOrganisationWithMembers,
  downloadBytes,
  SAMPLE_FILES,
  submitApplicationRow,
  uploadFile,
  filesUnder,
} from '../../test/attachment-factories';


describe('attachments', () => {
  let ctx: TestContext;
  let storageDir: string;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'kopa-uploads-'));
    ctx = await startTestApp({ STORAGE_DIR: storageDir });
  });
  afterAll(async () => {
    await ctx?.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  async function draft(form: object = attachmentTestForm()) {
    const coordinator = await createUser(ctx.prisma, { roles: ['coordinator'] });
    const { call } = await createCallWithForm(ctx.prisma, { staffUserIds: [coordinator.id], form });
    const { organisation, owner, members } = await createOrganisationWithMembers(ctx.prisma, { memberLocales: ['lv'] });
    const application = await createDraftApplication(ctx.prisma, { callId: call.id, organisationId: organisation.id });
    const member = await ctx.client().signInAs(members[0]!.id);
    const url = `/api/applications/${application.id}/attachments?questionId=documents`;
    return { call, organisation, owner, members, member, coordinator, application, url };
  }

  it('stores an upload and streams the same bytes back with safe headers', async () => {
    const d = await draft();
    const upload = await uploadFile(ctx.app, d.member, d.url, {
      name: '../../etc/Tāme ūdens.pdf',
      content: SAMPLE_FILES.pdf,
      contentType: 'text/html',
    });
    expect(upload.status).toBe(201);
    expect(upload.body).toEqual({
      id: expect.any(String),
      questionId: 'documents',
      fileName: 'Tāme ūdens.pdf',
      mimeType: 'application/pdf',
      sizeBytes: SAMPLE_FILES.pdf.length,
      createdAt: expect.any(String),
    });
    const row = await ctx.prisma.attachment.findUniqueOrThrow({ where: { id: upload.body.id } });
    expect(row.storageKey).not.toContain('Tāme');
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);

    const download = await downloadBytes(ctx.app, d.member, `/api/attachments/${upload.body.id}/content`);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.bytes, SAMPLE_FILES.pdf)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Tame udens.pdf"; filename*=UTF-8''${encodeURIComponent('Tāme ūdens.pdf')}`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('private, no-store');

    // The coordinator of the call's programme may read it too.
    const staff = await ctx.client().signInAs(d.coordinator.id);
    expect((await downloadBytes(ctx.app, staff, `/api/attachments/${upload.body.id}/content`)).status).toBe(200);
    const list = await staff.get(`/api/applications/${d.application.id}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([upload.body.id]);

    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: d.application.id, action: 'attachment.uploaded' } });
    expect(audit).toHaveLength(1);
    // Every download is recorded: who, which file, as whom.
    const downloads = await ctx.prisma.auditLog.findMany({
      where: { entityId: d.application.id, action: 'attachment.downloaded' },
      orderBy: { createdAt: 'asc' },
    });
    expect(downloads.map((row) => [row.actorId, (row.after as { attachmentId: string; as: string }).as])).toEqual([
      [d.members[0]!.id, 'member'],
      [d.coordinator.id, 'staff'],
    ]);
    expect(downloads[0]!.after).toMatchObject({ attachmentId: upload.body.id, questionId: 'documents' });
  });

  it('decides the type from the content: a PNG named .pdf is a PNG, and refused where PNGs are not accepted', async () => {
    const d = await draft();
    const accepted = await uploadFile(ctx.app, d.member, d.url, { name: 'scan.pdf', content: SAMPLE_FILES.png, contentType: 'application/pdf' });
    expect(accepted.status).toBe(201);
    expect(accepted.body.mimeType).toBe('image/png');

    const pdfOnly = await draft(attachmentTestForm({ accept: ['application/pdf'] }));
    const refused = await uploadFile(ctx.app, pdfOnly.member, pdfOnly.url, { name: 'scan.pdf', content: SAMPLE_FILES.png });
    expect(refused.status).toBe(415);
    expect(refused.body.type).toBe('/problems/unsupported-file-type');
    expect(refused.body.detail).toContain('image/png');
    expect(await ctx.prisma.attachment.count({ where: { applicationId: pdfOnly.application.id } })).toBe(0);
  });

  it('refuses executables and unrecognisable content with 415 and keeps nothing', async () => {
    const d = await draft();
    const before = (await filesUnder(storageDir)).length;
    const exe = await uploadFile(ctx.app, d.member, d.url, { name: 'setup.pdf', content: SAMPLE_FILES.exe });
    expect(exe.status).toBe(415);
    expect(exe.body.detail).toContain('application/x-msdownload');
    const unknown = await uploadFile(ctx.app, d.member, d.url, { name: 'notes.docx', content: SAMPLE_FILES.unknown });
    expect(unknown.status).toBe(415);
    expect(unknown.body.detail).toContain('could not be recognised');
    expect((await filesUnder(storageDir)).length).toBe(before);
  });

  it('accepts CSV only where the question lists it, checked as plain text', async () => {
    const d = await draft(attachmentTestForm({ accept: ['text/csv'] }));
    const csv = Buffer.from('nosaukums;summa\nŠūpoles;450,50\n');
    const ok = await uploadFile(ctx.app, d.member, d.url, { name: 'tāme.csv', content: csv });
    expect(ok.status).toBe(201);
    expect(ok.body.mimeType).toBe('text/csv');
    const binary = await uploadFile(ctx.app, d.member, d.url, { name: 'tāme.csv', content: Buffer.from([0, 1, 2, 3, 200, 201]) });
    expect(binary.status).toBe(415);
  });

  it('answers 413 over the form limit and leaves nothing on disk', async () => {
    const d = await draft(attachmentTestForm({ attachmentMaxBytes: 2048 }));
    const before = await filesUnder(storageDir);
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(300 * 1024, 0x20)]);
    const response = await uploadFile(ctx.app, d.member, d.url, { name: 'big.pdf', content: big });
    expect(response.status).toBe(413);
    expect(response.body.type).toBe('/problems/file-too-large');
    expect(await filesUnder(storageDir)).toEqual(before);
    expect(await ctx.prisma.attachment.count({ where: { applicationId: d.application.id } })).toBe(0);
    // Exactly at the limit is fine.
    const exact = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(2048 - SAMPLE_FILES.pdf.length, 0x20)]);
    expect((await uploadFile(ctx.app, d.member, d.url, { name: 'exact.pdf', content: exact })).status).toBe(201);
  });

  it('rejects a question that is not a file question, and files beyond maxFiles', async () => {
    const d = await draft();
    const wrong = await uploadFile(ctx.app, d.member, `/api/applications/${d.application.id}/attachments?questionId=title`, {
      name: 'a.pdf',
      content: SAMPLE_FILES.pdf,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ path: 'questionId', message: 'attachment.question.notFile' });
    for (let i = 0; i < 3; i++) {
      expect((await uploadFile(ctx.app, d.member, d.url, { name: `${i}.pdf`, content: SAMPLE_FILES.pdf })).status).toBe(201);
    }
    expect((await uploadFile(ctx.app, d.member, d.url, { name: '4.pdf', content: SAMPLE_FILES.pdf })).status).toBe(409);
  });

  it('deletes softly, removes the content and audits it', async () => {
    const d = await draft();
    const upload = await uploadFile(ctx.app, d.member, d.url, { name: 'a.png', content: SAMPLE_FILES.png });
    const before = (await filesUnder(storageDir)).length;
    const removed = await d.member.delete(`/api/attachments/${upload.body.id}`);
    expect(removed.status).toBe(204);
    const row = await ctx.prisma.attachment.findUniqueOrThrow({ where: { id: upload.body.id } });
    expect(row.deletedAt).not.toBeNull();
    expect((await filesUnder(storageDir)).length).toBe(before - 1);
    expect((await downloadBytes(ctx.app, d.member, `/api/attachments/${upload.body.id}/content`)).status).toBe(404);
    expect((await d.member.get(`/api/applications/${d.application.id}/attachments`)).body.items).toEqual([]);
    expect((await d.member.delete(`/api/attachments/${upload.body.id}`)).status).toBe(404);
    expect(await ctx.prisma.auditLog.count({ where: { entityId: d.application.id, action: 'attachment.deleted' } })).toBe(1);
  });

  it('freezes the attachments of a submitted application, except questions reopened by a clarification', async () => {
    const d = await draft();
    const upload = await uploadFile(ctx.app, d.member, d.url, { name: 'a.pdf', content: SAMPLE_FILES.pdf });
    await submitApplicationRow(ctx.prisma, d.application.id, d.owner.id, { title: 'X', documents: [upload.body.id] });

    const late = await uploadFile(ctx.app, d.member, d.url, { name: 'b.pdf', content: SAMPLE_FILES.pdf });
    expect(late.status).toBe(409);
    expect(late.body.type).toBe('/problems/invalid-transition');
    expect((await d.member.delete(`/api/attachments/${upload.body.id}`)).status).toBe(409);
    expect((await downloadBytes(ctx.app, d.member, `/api/attachments/${upload.body.id}/content`)).status).toBe(200);

    await ctx.prisma.application.update({ where: { id: d.application.id }, data: { status: 'clarification_requested' } });
    await ctx.prisma.clarificationRequest.create({
      data: {
        applicationId: d.application.id,
        questionIds: ['documents'],
        message: 'Lūdzu, pievienojiet tāmi.',
        dueAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect((await uploadFile(ctx.app, d.member, d.url, { name: 'c.pdf', content: SAMPLE_FILES.pdf })).status).toBe(201);
    expect((await d.member.delete(`/api/attachments/${upload.body.id}`)).status).toBe(204);
  });

  it('refuses every route to another organisation, a reviewer, another programme and anonymous users', async () => {
    const d = await draft();
    const upload = await uploadFile(ctx.app, d.member, d.url, { name: 'a.pdf', content: SAMPLE_FILES.pdf });
    const content = `/api/attachments/${upload.body.id}/content`;
    const list = `/api/applications/${d.application.id}/attachments`;

    const other = await createOrganisationWithMembers(ctx.prisma);
    const outsider = await ctx.client().signInAs(other.owner.id);
    const reviewer = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['reviewer'] })).id);
    const otherCoordinator = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['coordinator'] })).id);
    // Roles that can neither apply nor read applications are refused by the guard (403);
    // an applicant, coordinator or unassigned reviewer outside the application gets 404 (ids reveal nothing).
    const cases = [
      { who: 'another organisation', client: outsider, write: 404, read: 404 },
      { who: 'an unassigned reviewer', client: reviewer, write: 403, read: 404 },
      { who: 'a coordinator of another programme', client: otherCoordinator, write: 403, read: 404 },
    ];
    for (const { who, client, write, read } of cases) {
      const refused = {
        who,
        upload: (await uploadFile(ctx.app, client, d.url, { name: 'x.pdf', content: SAMPLE_FILES.pdf })).status,
        list: (await client.get(list)).status,
        content: (await downloadBytes(ctx.app, client, content)).status,
        remove: (await client.delete(`/api/attachments/${upload.body.id}`)).status,
      };
      expect(refused).toEqual({ who, upload: write, list: read, content: read, remove: write });
    }

    const anonymous = ctx.client();
    expect((await uploadFile(ctx.app, null, d.url, { name: 'x.pdf', content: SAMPLE_FILES.pdf })).status).toBe(403); // no CSRF token
    expect((await uploadFile(ctx.app, anonymous, d.url, { name: 'x.pdf', content: SAMPLE_FILES.pdf })).status).toBe(401);
    expect((await anonymous.get(list)).status).toBe(401);
    expect((await downloadBytes(ctx.app, null, content)).status).toBe(401);
    expect((await anonymous.delete(`/api/attachments/${upload.body.id}`)).status).toBe(401);

    expect(await ctx.prisma.attachment.count({ where: { applicationId: d.application.id, deletedAt: null } })).toBe(1);
  });

  it('lets an admin read any attachment', async () => {
    const d = await draft();
    const upload = await uploadFile(ctx.app, d.member, d.url, { name: 'a.pdf', content: SAMPLE_FILES.pdf });
    const admin = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['admin'] })).id);
    expect((await downloadBytes(ctx.app, admin, `/api/attachments/${upload.body.id}/content`)).status).toBe(200);
  });
});
