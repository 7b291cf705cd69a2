import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, type TestContext } from '../../../test/test-app';
import { startTestWorker } from '../../../test/test-worker';
import type { RunningWorker } from '../../../worker.factory';
import {
  completeAnswers,
  createApplicationWorld,
  saveAnswers,
  startApplication,
  type ApplicationWorld,
  promoteMemberToOwner,
} from '../../../test/application-factories';
import { downloadBytes, SAMPLE_FILES, uploadFile } from '../../../test/attachment-factories';
import { extractPdfText } from './pdf-text.test-helper';

/** The whole path through the real API and worker: upload, answer, submit, receipt with the PDF. */
describe('submission receipt, end to end', () => {
  let ctx: TestContext;
  let world: ApplicationWorld;
  let worker: RunningWorker;
  let storageDir: string;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'kopa-receipt-flow-'));
    ctx = await startTestApp({ STORAGE_DIR: storageDir });
    world = await createApplicationWorld(ctx);
    await promoteMemberToOwner(ctx, world);
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('mails the submitter (English) and the owner (Latvian) a PDF with answers, budget and the attachment list', async () => {
    const { member, owner } = world.clients;
    const started = await startApplication(world, member);
    const url = `/api/applications/${started.id}/attachments?questionId=support_letters`;
    const upload = await uploadFile(ctx.app, member, url, { name: 'Pašvaldības vēstule.pdf', content: SAMPLE_FILES.pdf });
    expect(upload.status).toBe(201);
    const saved = await saveAnswers(member, started, completeAnswers({ project_title: 'Ģimeņu dārzs Līvānos', support_letters: [upload.body.id] }));
    expect(saved.status).toBe(200);
    const submitted = await member.post(`/api/applications/${started.id}/submit`);
    expect(submitted.status).toBe(200);
    const reference = submitted.body.referenceNumber as string;

    const toMember = await ctx.mailbox.waitFor(world.users.member.email, (mail) => mail.subject?.includes(reference) ?? false);
    expect(toMember.subject).toBe(`Application ${reference} received`);
    const enPdf = toMember.attachments.find((file) => file.filename === `${reference}.pdf`);
    expect(enPdf?.contentType).toBe('application/pdf');
    const en = await extractPdfText(enPdf!.content);
    expect(en.text).toContain('Ģimeņu dārzs Līvānos');
    expect(en.text).toContain('Pašvaldības vēstule.pdf');
    expect(en.text).toContain('Amount requested');
    expect(en.text).toContain('€990.00');

    const toOwner = await ctx.mailbox.waitFor(world.users.owner.email, (mail) => mail.subject?.includes(reference) ?? false);
    expect(toOwner.subject).toBe(`Pieteikums ${reference} saņemts`);
    const lv = await extractPdfText(toOwner.attachments.find((file) => file.contentType === 'application/pdf')!.content);
    expect(lv.text).toContain('Pieprasītā summa');
    expect(lv.text).toContain('990,00 €');
    expect(lv.text).toContain('Pašvaldības vēstule.pdf');

    // Frozen now: no more uploads or deletions, but the file is still readable.
    expect((await uploadFile(ctx.app, member, url, { name: 'late.pdf', content: SAMPLE_FILES.pdf })).status).toBe(409);
    expect((await owner.delete(`/api/attachments/${upload.body.id}`)).status).toBe(409);
    const download = await downloadBytes(ctx.app, world.clients.coordinator, `/api/attachments/${upload.body.id}/content`);
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.bytes, SAMPLE_FILES.pdf)).toBe(0);

    // A repeated submit request sends nothing more.
    expect((await member.post(`/api/applications/${started.id}/submit`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(ctx.mailbox.to(world.users.member.email)).toHaveLength(1);
    expect(ctx.mailbox.to(world.users.owner.email)).toHaveLength(1);
  });
});
