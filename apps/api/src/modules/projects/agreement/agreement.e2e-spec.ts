import { createHash } from 'node:crypto';
import { formatCalendarDate, formatEuroCents } from '@kopa/shared';
import { startTestApp, type TestContext } from '../../../test/test-app';
import type { TestClient } from '../../../test/test-client';
import { createUser } from '../../../test/factories';
import { downloadBytes, SAMPLE_FILES, uploadFile } from '../../../test/attachment-factories';
import { createDecisionWorld, reviewedApplication, type DecisionWorld } from '../../../test/decision-factories';
import { extractPdfText } from '../../applications/receipt/pdf-text.test-helper';

const TITLE = 'Zaļā ģimeņu ķēķa čūsku šķīvji un žogi';
const collapse = (text: string) => text.replace(/\s+/g, ' ');

describe('Funded projects: the grant agreement PDF, signatures and the signed copy', () => {
  let ctx: TestContext;
  let world: DecisionWorld;
  let coordinator: TestClient;
  let consultant: TestClient;
  let firstId: string;
  let secondId: string;
  let issuedId: string;

  beforeAll(async () => {
    ctx = await startTestApp();
    world = await createDecisionWorld(ctx);
    coordinator = world.clients.coordinator;
    consultant = await ctx.client().signInAs((await createUser(ctx.prisma, { roles: ['consultant'] })).id);
    await ctx.prisma.organisation.update({ where: { id: world.organisation.id }, data: { registrationNumber: '40008012345', address: 'Raiņa iela 5, Preiļi' } });
    const first = (await reviewedApplication(ctx, world, { projectTitle: TITLE })).application;
    const second = (await reviewedApplication(ctx, world, { projectTitle: 'Otrais' })).application;
    for (const application of [first, second]) {
      expect((await coordinator.post(`/api/applications/${application.id}/decision`, { kind: 'award', amountCents: 250_000, rationale: 'Labs.' })).status).toBe(200);
    }
    expect((await coordinator.post(`/api/calls/${world.call.id}/letters/send`)).status).toBe(200);
    const list = (await coordinator.get(`/api/calls/${world.call.id}/projects`)).body;
    [firstId, secondId] = list.items.map((item: { id: string }) => item.id);
  }, 120_000);
  afterAll(() => ctx.close());

  const upload = (client: TestClient | null, projectId: string, file = { name: 'parakstīts līgums.pdf', content: SAMPLE_FILES.pdf }) =>
    uploadFile(ctx.app, client, `/api/projects/${projectId}/agreement/signed-copies`, file);

  it('issues the agreement only once the project period is set', async () => {
    const early = await coordinator.post(`/api/projects/${firstId}/agreement/issue`);
    expect([early.status, early.body.detail]).toEqual([409, expect.stringContaining('project period')]);
    const dated = await coordinator.patch(`/api/projects/${firstId}`, { version: 1, startDate: '2027-03-01', endDate: '2027-10-31' });
    expect(dated.status).toBe(200);
  });

  it('renders the bilingual agreement with the merge fields, Latvian binding, in the embedded Unicode font', async () => {
    const issued = await coordinator.post(`/api/projects/${firstId}/agreement/issue`);
    expect(issued.status).toBe(201);
    expect(issued.body).toMatchObject({ kind: 'issued', version: 1, mimeType: 'application/pdf', createdByName: 'Koordinatore Ilze' });
    issuedId = issued.body.id;
    const download = await downloadBytes(ctx.app, world.clients.member, `/api/projects/${firstId}/agreement/documents/${issuedId}/content`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    const { text } = await extractPdfText(download.bytes);
    const project = (await coordinator.get(`/api/projects/${firstId}`)).body;
    for (const letter of ['ā', 'č', 'ē', 'ģ', 'ī', 'ķ', 'ļ', 'ņ', 'š', 'ū', 'ž']) expect(text).toContain(letter);
    for (const field of [
      project.agreementNumber,
      TITLE,
      'Biedrība „Preiļu kopiena”',
      '40008012345',
      'Raiņa iela 5, Preiļi',
      'Anna Īpašniece',
      world.call.titleLv,
      world.call.titleEn,
      collapse(formatEuroCents(250_000, 'lv')),
      collapse(formatEuroCents(200_000, 'lv')),
      collapse(formatEuroCents(50_000, 'lv')),
      collapse(formatCalendarDate('2027-03-01', 'lv')),
      collapse(formatCalendarDate('2027-10-31', 'lv')),
      'Juridiski saistošs ir teksts latviešu valodā',
      'The Latvian text is legally binding',
      'Līgumu parakstījuši abi līdzēji',
    ]) {
      expect(text).toContain(field);
    }
  });

  it('stores each generated version, so the grantee downloads exactly what was issued', async () => {
    const second = await coordinator.post(`/api/projects/${firstId}/agreement/issue`);
    expect([second.status, second.body.version]).toEqual([201, 2]);
    const list = await world.clients.owner.get(`/api/projects/${firstId}/agreement`);
    expect(list.body.issued.map((document: { version: number }) => document.version)).toEqual([2, 1]);
    const row = await ctx.prisma.agreementDocument.findUniqueOrThrow({ where: { id: issuedId } });
    const again = await downloadBytes(ctx.app, world.clients.owner, `/api/projects/${firstId}/agreement/documents/${issuedId}/content`);
    expect(createHash('sha256').update(again.bytes).digest('hex')).toBe(row.sha256);
    expect(await ctx.prisma.auditLog.count({ where: { entityId: firstId, action: 'project.agreement.issued' } })).toBe(2);
  });

  it('takes a signed copy as PDF or image only, after an agreement was issued', async () => {
    const notIssued = await upload(coordinator, secondId);
    expect(notIssued.status).toBe(409);
    const exe = await upload(coordinator, firstId, { name: 'x.pdf', content: SAMPLE_FILES.exe });
    expect(exe.status).toBe(415);
    const big = await upload(coordinator, firstId, { name: 'big.pdf', content: Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(11 * 1024 * 1024)]) });
    expect(big.status).toBe(413);
    const signed = await upload(coordinator, firstId);
    expect([signed.status, signed.body.kind, signed.body.fileName]).toEqual([201, 'signed', 'parakstīts līgums.pdf']);
    const download = await downloadBytes(ctx.app, world.clients.member, `/api/projects/${firstId}/agreement/documents/${signed.body.id}/content`);
    expect([download.status, Buffer.compare(download.bytes, SAMPLE_FILES.pdf)]).toEqual([200, 0]);
  });

  it('refuses other organisations, reviewers, consultants and anonymous visitors', async () => {
    const { signed } = (await coordinator.get(`/api/projects/${firstId}/agreement`)).body;
    const content = `/api/projects/${firstId}/agreement/documents/${signed[0].id}/content`;
    const status = async (client: TestClient, url: string) => (await downloadBytes(ctx.app, client, url)).status;
    // [who, reading, uploading]: another organisation's applicant may read projects, just not this one.
    for (const [client, read, write] of [
      [world.clients.outsider, 404, 403],
      [world.clients.otherCoordinator, 404, 404],
      [world.clients.reviewer, 403, 403],
      [consultant, 403, 403],
      [world.clients.anonymous, 401, 401],
    ] as const) {
      expect([read, await status(client, content)]).toEqual([read, read]);
      expect([read, await status(client, `/api/projects/${firstId}/agreement`)]).toEqual([read, read]);
      expect([write, (await upload(client, firstId)).status]).toEqual([write, write]);
    }
    // The grantee reads, but neither issues nor uploads.
    expect((await upload(world.clients.owner, firstId)).status).toBe(403);
    expect((await world.clients.owner.post(`/api/projects/${firstId}/agreement/issue`)).status).toBe(403);
    expect((await world.clients.otherCoordinator.post(`/api/projects/${firstId}/agreement/issue`)).status).toBe(404);
    // A document id of another project is not found through this one.
    expect(await status(world.clients.owner, `/api/projects/${secondId}/agreement/documents/${signed[0].id}/content`)).toBe(404);
  });

  it('activates only with both signature dates and the signed copy', async () => {
    let project = (await coordinator.get(`/api/projects/${secondId}`)).body;
    project = (await coordinator.patch(`/api/projects/${secondId}`, {
      version: project.version,
      startDate: '2027-03-01',
      endDate: '2027-10-31',
      granteeSignedOn: '2027-02-20',
      funderSignedOn: '2027-02-21',
    })).body;
    expect(project.actions).toContainEqual({ action: 'activate', unmet: ['signedCopyUploaded'] });
    const early = await coordinator.post(`/api/projects/${secondId}/transitions`, { version: project.version, action: 'activate' });
    expect([early.status, early.body.detail]).toEqual([409, expect.stringContaining('signed copy of the agreement has not been uploaded')]);
    expect((await coordinator.post(`/api/projects/${secondId}/agreement/issue`)).status).toBe(201);
    expect((await upload(coordinator, secondId, { name: 'scan.png', content: SAMPLE_FILES.png })).status).toBe(201);
    project = (await coordinator.get(`/api/projects/${secondId}`)).body;
    const active = await coordinator.post(`/api/projects/${secondId}/transitions`, { version: project.version, action: 'activate' });
    expect([active.status, active.body.status]).toEqual([200, 'active']);
  });

  it('shows staff and the grantee the same timeline, newest first, paged', async () => {
    const timeline = await world.clients.member.get(`/api/projects/${secondId}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'project.activate',
      'project.agreement.signed_copy_uploaded',
      'project.agreement.issued',
      'project.update',
      'project.create',
    ]);
    expect(timeline.body.items[3]).toMatchObject({ kind: 'agreement', details: { granteeSignedOn: '2027-02-20', funderSignedOn: '2027-02-21', startDate: '2027-03-01' } });
    expect(timeline.body.items[1]).toMatchObject({ kind: 'agreement', actorName: 'Koordinatore Ilze', details: { version: 1, fileName: 'scan.png' } });
    const page = await coordinator.get(`/api/projects/${secondId}/timeline?page=2&pageSize=2`);
    expect([page.body.total, page.body.items.map((entry: { kind: string }) => entry.kind)]).toEqual([5, ['agreement', 'agreement']]);
    expect((await coordinator.get(`/api/projects/${secondId}/timeline?pageSize=101`)).status).toBe(400);
    expect((await world.clients.outsider.get(`/api/projects/${secondId}/timeline`)).status).toBe(404);
    expect((await world.clients.reviewer.get(`/api/projects/${secondId}/timeline`)).status).toBe(403);
  });
});
