import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestContext } from '../../test/test-app';
import type { TestClient } from '../../test/test-client';
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
} from '../../test/attachment-factories';
import { createReviewAssignment, setReviewVisibility } from '../../test/review-assignment-factories';

/** The attachment test form plus a person's name (identifying) and two more file questions. */
function reviewForm() {
  const form = attachmentTestForm();
  form.sections[0]!.questions.push(
    { id: 'contact_person', type: 'short_text', label: { lv: 'Kontaktpersona', en: 'Contact person' } } as never,
    { id: 'statutes', type: 'file', label: { lv: 'Statūti', en: 'Statutes' }, maxFiles: 1 } as never,
    { id: 'cv', type: 'file', label: { lv: 'CV', en: 'CV' }, maxFiles: 1 } as never,
  );
  return form;
}

const CONTACT = 'Jānis Bērziņš';

describe('Reviewers see only applications assigned to them, redacted', () => {
  let ctx: TestContext;
  let storageDir: string;
  let applicationId: string;
  let callId: string;
  let legalName: string;
  let ownerName: string;
  const files: Record<'documents' | 'statutes' | 'cv', string> = { documents: '', statutes: '', cv: '' };
  const reviewers: Record<string, TestClient> = {};
  let coordinator: TestClient;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'kopa-review-access-'));
    ctx = await startTestApp({ STORAGE_DIR: storageDir });
    const staff = await createUser(ctx.prisma, { roles: ['coordinator'] });
    coordinator = await ctx.client().signInAs(staff.id);
    const { call } = await createCallWithForm(ctx.prisma, { staffUserIds: [staff.id], form: reviewForm(), code: 'RV' });
    callId = call.id;
    const { organisation, owner } = await createOrganisationWithMembers(ctx.prisma, { legalName: 'Biedrība „Slepenā kopiena”' });
    legalName = organisation.legalName;
    ownerName = owner.displayName;
    const application = await createDraftApplication(ctx.prisma, { callId: call.id, organisationId: organisation.id, createdById: owner.id });
    applicationId = application.id;
    const ownerClient = await ctx.client().signInAs(owner.id);
    for (const questionId of Object.keys(files) as (keyof typeof files)[]) {
      const upload = await uploadFile(ctx.app, ownerClient, `/api/applications/${application.id}/attachments?questionId=${questionId}`, {
        name: `${questionId}.pdf`,
        content: SAMPLE_FILES.pdf,
      });
      expect(upload.status).toBe(201);
      files[questionId] = upload.body.id;
    }
    await submitApplicationRow(ctx.prisma, application.id, owner.id, {
      title: 'Kopienas dārzs',
      contact_person: CONTACT,
      documents: [files.documents],
      statutes: [files.statutes],
      cv: [files.cv],
    });

    // Another call's application, to which one reviewer is assigned.
    const other = await createCallWithForm(ctx.prisma, { staffUserIds: [staff.id], code: 'OC' });
    const otherOrganisation = await createOrganisationWithMembers(ctx.prisma);
    const otherApplication = await createDraftApplication(ctx.prisma, { callId: other.call.id, organisationId: otherOrganisation.organisation.id });

    const statuses = ['in_progress', 'submitted', 'pending', 'conflicted', 'released'] as const;
    for (const status of statuses) {
      const user = await createUser(ctx.prisma, { roles: ['reviewer'] });
      await createReviewAssignment(ctx.prisma, { applicationId, reviewerId: user.id, status });
      reviewers[status] = await ctx.client().signInAs(user.id);
    }
    const unassigned = await createUser(ctx.prisma, { roles: ['reviewer'] });
    reviewers.unassigned = await ctx.client().signInAs(unassigned.id);
    const otherCall = await createUser(ctx.prisma, { roles: ['reviewer'] });
    await createReviewAssignment(ctx.prisma, { applicationId: otherApplication.id, reviewerId: otherCall.id, status: 'in_progress' });
    reviewers.otherCall = await ctx.client().signInAs(otherCall.id);
  });

  afterAll(async () => {
    await ctx?.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  afterEach(() => setReviewVisibility(ctx.prisma, callId, { blindReview: false, identifyingQuestionIds: [], reviewerHiddenQuestionIds: [] }));

  /** Every application and attachment route that a reviewer must not use. */
  function closedRoutes() {
    const dueAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    return [
      { method: 'PATCH', url: `/api/applications/${applicationId}/answers`, body: { changes: { title: 'x' }, baseFieldVersions: {} } },
      { method: 'POST', url: `/api/applications/${applicationId}/submit` },
      { method: 'POST', url: `/api/applications/${applicationId}/withdraw`, body: { reason: 'x' } },
      { method: 'POST', url: `/api/applications/${applicationId}/clarifications`, body: { questionIds: ['title'], message: 'x', dueAt } },
      { method: 'GET', url: `/api/applications/${applicationId}/revisions` },
      { method: 'GET', url: `/api/applications/${applicationId}/revisions/compare?from=1&to=1` },
      { method: 'GET', url: `/api/applications/${applicationId}/revisions/1/pdf` },
      { method: 'GET', url: `/api/applications/${applicationId}/history` },
      { method: 'GET', url: `/api/calls/${callId}/applications` },
      { method: 'DELETE', url: `/api/attachments/${files.documents}` },
    ] as const;
  }

  async function expectClosed(client: TestClient) {
    for (const route of closedRoutes()) {
      const response = await client.request(route.method, route.url, 'body' in route ? route.body : undefined);
      expect([route.method, route.url, [403, 404].includes(response.status)]).toEqual([route.method, route.url, true]);
      expect(JSON.stringify(response.body ?? '')).not.toContain(legalName);
    }
    const upload = await uploadFile(ctx.app, client, `/api/applications/${applicationId}/attachments?questionId=documents`, {
      name: 'x.pdf',
      content: SAMPLE_FILES.pdf,
    });
    expect([403, 404]).toContain(upload.status);
  }

  it.each(['in_progress', 'submitted'])('lets a %s reviewer read the application, read-only, without revisions or history', async (status) => {
    const client = reviewers[status]!;
    const response = await client.get(`/api/applications/${applicationId}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: applicationId,
      status: 'submitted',
      redacted: true,
      allowedActions: [],
      editableQuestionIds: [],
      openClarification: null,
      organisation: { legalName, myRole: null },
    });
    expect(response.body.answers).toMatchObject({ title: 'Kopienas dārzs', contact_person: CONTACT, documents: [files.documents] });
    await expectClosed(client);
  });

  it('lets an assigned reviewer open attachments, except those of questions hidden from reviewers', async () => {
    await setReviewVisibility(ctx.prisma, callId, { reviewerHiddenQuestionIds: ['cv'] });
    const client = reviewers.in_progress!;
    const list = await client.get(`/api/applications/${applicationId}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { questionId: string }) => item.questionId).sort()).toEqual(['documents', 'statutes']);
    const shown = await downloadBytes(ctx.app, client, `/api/attachments/${files.documents}/content`);
    expect(shown.status).toBe(200);
    expect(Buffer.compare(shown.bytes, SAMPLE_FILES.pdf)).toBe(0);
    expect((await downloadBytes(ctx.app, client, `/api/attachments/${files.cv}/content`)).status).toBe(404);
    const recorded = await ctx.prisma.auditLog.findMany({ where: { entityId: applicationId, action: 'attachment.downloaded' } });
    expect(recorded.map((row) => (row.after as { attachmentId: string; as: string }))).toEqual([
      expect.objectContaining({ attachmentId: files.documents, as: 'reviewer' }),
    ]);
    const application = await client.get(`/api/applications/${applicationId}`);
    expect(application.body.answers.cv).toBeUndefined();
    expect(application.body.withheldQuestionIds).toEqual(['cv']);
    // Staff still see everything.
    expect((await downloadBytes(ctx.app, coordinator, `/api/attachments/${files.cv}/content`)).status).toBe(200);
  });

  it('hides the organisation, people and identifying answers and files under blind review', async () => {
    await setReviewVisibility(ctx.prisma, callId, { blindReview: true, identifyingQuestionIds: ['contact_person', 'statutes'] });
    const client = reviewers.in_progress!;
    const response = await client.get(`/api/applications/${applicationId}`);
    expect(response.status).toBe(200);
    expect(response.body.organisation).toBeNull();
    expect(response.body.redacted).toBe(true);
    expect(response.body.withheldQuestionIds.sort()).toEqual(['contact_person', 'statutes']);
    expect(response.body.answers).toEqual({ title: 'Kopienas dārzs', documents: [files.documents], cv: [files.cv] });
    const everything = JSON.stringify(response.body);
    for (const secret of [legalName, ownerName, CONTACT, files.statutes]) expect(everything).not.toContain(secret);

    const list = await client.get(`/api/applications/${applicationId}/attachments`);
    expect(list.body.items.map((item: { questionId: string }) => item.questionId).sort()).toEqual(['cv', 'documents']);
    expect((await downloadBytes(ctx.app, client, `/api/attachments/${files.statutes}/content`)).status).toBe(404);
    // The applicant's own view is not redacted.
    const staffView = await coordinator.get(`/api/applications/${applicationId}`);
    expect(staffView.body).toMatchObject({ redacted: false, withheldQuestionIds: [], organisation: { legalName } });
  });

  it.each(['pending', 'conflicted', 'released', 'unassigned', 'otherCall'])('gives a %s reviewer 404 on the application and every attachment', async (who) => {
    const client = reviewers[who]!;
    const response = await client.get(`/api/applications/${applicationId}`);
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain(legalName);
    expect((await client.get(`/api/applications/${applicationId}/attachments`)).status).toBe(404);
    for (const id of Object.values(files)) {
      expect((await downloadBytes(ctx.app, client, `/api/attachments/${id}/content`)).status).toBe(404);
    }
    await expectClosed(client);
  });

  it('left the application and its files untouched', async () => {
    const stored = await ctx.prisma.application.findUniqueOrThrow({ where: { id: applicationId } });
    expect(stored.status).toBe('submitted');
    expect(await ctx.prisma.attachment.count({ where: { applicationId, deletedAt: null } })).toBe(3);
  });
});
