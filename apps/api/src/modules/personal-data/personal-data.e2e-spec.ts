import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { PROBLEM_TYPES } from '@kopa/shared';
import { createUser, TEST_PASSWORD, TEST_TOTP_SECRET } from '../../test/factories';
import { freshTotpCode } from '../../test/fresh-totp-code';
import {
  createCallWithForm,
  createDraftApplication,
  createOrganisationWithMembers,
  downloadBytes,
  SAMPLE_FILES,
  uploadFile,
} from '../../test/attachment-factories';
import { startTestApp, type TestContext } from '../../test/test-app';
import { expectProblem } from '../auth/auth.e2e-helpers';

describe('personal data: export and erasure (/api/account)', () => {
  let ctx: TestContext;
  let storageDir: string;
  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'kopa-personal-data-'));
    ctx = await startTestApp({ STORAGE_DIR: storageDir, AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(async () => {
    await ctx.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  /** An applicant who owns an organisation, drafted an application and uploaded a file to it. */
  async function applicantWithData() {
    const { call } = await createCallWithForm(ctx.prisma);
    const { organisation, owner } = await createOrganisationWithMembers(ctx.prisma, { ownerLocale: 'en' });
    const application = await createDraftApplication(ctx.prisma, {
      callId: call.id,
      organisationId: organisation.id,
      createdById: owner.id,
      answers: { title: 'Talka Preiļos' },
    });
    await ctx.prisma.application.update({ where: { id: application.id }, data: { awardedCents: 150_000n, requestedCents: 200_000n } });
    const client = ctx.client();
    await client.login(owner.email, TEST_PASSWORD);
    const upload = await uploadFile(ctx.app, client, `/api/applications/${application.id}/attachments?questionId=documents`, {
      name: 'tāme.pdf',
      content: SAMPLE_FILES.pdf,
      contentType: 'application/pdf',
    });
    expect(upload.status).toBe(201);
    return { owner, client, organisation, application, attachmentId: upload.body.id as string };
  }

  const reauthenticate = (client: ReturnType<TestContext['client']>) =>
    client.post('/api/auth/reauthenticate', { password: TEST_PASSWORD });

  it('exports everything about the user as a zip (JSON + their files), only after re-authentication', async () => {
    const { owner, client, organisation, application, attachmentId } = await applicantWithData();
    expectProblem(await client.get('/api/account/personal-data'), 403, PROBLEM_TYPES.reauthenticationRequired);
    expect((await reauthenticate(client)).status).toBe(200);

    const download = await downloadBytes(ctx.app, client, '/api/account/personal-data');
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(String(download.headers['content-disposition'])).toMatch(/attachment; filename="kopa-personal-data-\d{4}-\d{2}-\d{2}\.zip"/);
    const zip = new AdmZip(download.bytes);
    const names = zip.getEntries().map((entry) => entry.entryName).sort();
    expect(names).toEqual([`files/${attachmentId}-tāme.pdf`, 'personal-data.json']);
    expect(zip.readFile(`files/${attachmentId}-tāme.pdf`)).toEqual(SAMPLE_FILES.pdf);

    const document = JSON.parse(zip.readAsText('personal-data.json'));
    expect(document.account).toMatchObject({ id: owner.id, email: owner.email, displayName: owner.displayName, locale: 'en' });
    expect(document.account).not.toHaveProperty('passwordHash');
    expect(document.sessions.length).toBeGreaterThanOrEqual(1);
    expect(document.organisationMemberships).toEqual([
      expect.objectContaining({ organisationId: organisation.id, organisation: organisation.legalName, role: 'owner' }),
    ]);
    expect(document.applications).toEqual([
      expect.objectContaining({ id: application.id, youCreatedIt: true, answers: { title: 'Talka Preiļos' } }),
    ]);
    expect(document.files).toEqual([expect.objectContaining({ path: `files/${attachmentId}-tāme.pdf`, mimeType: 'application/pdf' })]);
    expect(document.yourActions.map((entry: { action: string }) => entry.action)).toContain('user.login');
  });

  it('refuses the export to anyone not signed in', async () => {
    expectProblem(await ctx.client().get('/api/account/personal-data'), 401, PROBLEM_TYPES.unauthenticated);
  });

  it('erases on request: personal fields anonymised, sessions and tokens gone, applications and amounts kept, audited', async () => {
    const { owner, client, organisation, application, attachmentId } = await applicantWithData();
    expectProblem(await client.post('/api/account/erasure', { confirmEmail: owner.email }), 403, PROBLEM_TYPES.reauthenticationRequired);
    await reauthenticate(client);
    const mismatch = await client.post('/api/account/erasure', { confirmEmail: 'someone@else.test' });
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ path: 'confirmEmail', code: 'email_mismatch' })]);

    expect((await client.post('/api/account/erasure', { confirmEmail: owner.email.toUpperCase() })).status).toBe(204);

    const erased = await ctx.prisma.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(erased.email).toBe(`erased-${owner.id}@erased.invalid`);
    expect(erased.displayName).not.toContain(owner.displayName);
    expect(erased.roles).toEqual([]);
    expect(erased.erasedAt).not.toBeNull();
    expect(await ctx.prisma.session.count({ where: { userId: owner.id } })).toBe(0);
    expect(await ctx.prisma.authToken.count({ where: { userId: owner.id } })).toBe(0);
    expect(await ctx.prisma.organisationMember.count({ where: { userId: owner.id } })).toBe(0);
    // Grant accountability: the organisation, the application, its amounts and file stay.
    expect(await ctx.prisma.organisation.count({ where: { id: organisation.id } })).toBe(1);
    const kept = await ctx.prisma.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(kept).toMatchObject({ createdById: owner.id, awardedCents: 150_000n, requestedCents: 200_000n });
    expect(await ctx.prisma.attachment.count({ where: { id: attachmentId } })).toBe(1);
    // The audit trail records the erasure and no longer holds the address or where they signed in from.
    const audit = await ctx.prisma.auditLog.findMany({ where: { entityId: owner.id } });
    expect(audit.map((entry) => entry.action)).toContain('user.erased');
    expect(JSON.stringify(audit)).not.toContain(owner.email);
    expect(JSON.stringify(audit)).not.toContain('127.0.0.1');
    // The session is gone and the old credentials open nothing.
    expectProblem(await client.get('/api/auth/me'), 401, PROBLEM_TYPES.unauthenticated);
    const login = await ctx.client().post('/api/auth/login', { email: owner.email, password: TEST_PASSWORD });
    expectProblem(login, 401, PROBLEM_TYPES.invalidCredentials);
  });

  it('refuses self-erasure of a coordinator: staff decisions must stay attributable', async () => {
    const coordinator = await createUser(ctx.prisma, { roles: ['coordinator'] });
    const client = ctx.client();
    await client.login(coordinator.email, TEST_PASSWORD);
    await client.post('/api/auth/reauthenticate', {
      password: TEST_PASSWORD,
      code: await freshTotpCode(TEST_TOTP_SECRET),
    });
    expectProblem(await client.post('/api/account/erasure', { confirmEmail: coordinator.email }), 403, PROBLEM_TYPES.forbidden);
    expect((await ctx.prisma.user.findUniqueOrThrow({ where: { id: coordinator.id } })).erasedAt).toBeNull();
  });
});
