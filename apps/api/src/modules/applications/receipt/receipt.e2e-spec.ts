import type { ParsedMail } from 'mailparser';
import { startTestApp, type TestContext } from '../../../test/test-app';
import { startTestWorker } from '../../../test/test-worker';
import type { RunningWorker } from '../../../worker.factory';
import { createUser } from '../../../test/factories';
import {
  createCallWithForm,
  createDraftApplication,
  createOrganisationWithMembers,
  submitApplicationRow,
} from '../../../test/attachment-factories';
import { ReceiptService } from './receipt.service';
import { extractPdfText } from './pdf-text.test-helper';

const TITLE = 'Ģimeņu dārzs Līvānos — ūdens, ķirbji, ļoti čaklas šūpoles';

describe('application receipt e-mails', () => {
  let ctx: TestContext;
  let worker: RunningWorker;

  beforeAll(async () => {
    ctx = await startTestApp();
    worker = await startTestWorker(ctx.config);
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
  });

  async function submitted() {
    const { call } = await createCallWithForm(ctx.prisma);
    const { organisation, owner, members } = await createOrganisationWithMembers(ctx.prisma, {
      ownerLocale: 'en',
      memberLocales: ['lv', 'lv'],
    });
    const secondOwner = await createUser(ctx.prisma, { locale: 'lv', displayName: 'Ņina Šūpole' });
    await ctx.prisma.organisationMember.create({
      data: { organisationId: organisation.id, userId: secondOwner.id, role: 'owner' },
    });
    const submitter = members[0]!;
    const application = await createDraftApplication(ctx.prisma, { callId: call.id, organisationId: organisation.id });
    const answers = {
      title: TITLE,
      has_partner: false,
      budget: [{ category: 'materials', description: 'Sēklas', quantity: 2, unitCostCents: 50_000, ownContributionCents: 10_000 }],
    };
    const { referenceNumber } = await submitApplicationRow(ctx.prisma, application.id, submitter.id, answers as never);
    return { call, organisation, owner, secondOwner, submitter, bystander: members[1]!, application, referenceNumber };
  }

  /** What the applications API does inside its submit transaction. */
  const receipts = (applicationId: string, submittedById: string) =>
    ctx.prisma.$transaction((tx) =>
      ctx.app.get(ReceiptService).enqueueReceipts(tx, { applicationId, revisionNumber: 1, submittedById }),
    );

  const pdfOf = (mail: ParsedMail) => mail.attachments.find((file) => file.contentType === 'application/pdf');

  it('sends the submitter and every owner a receipt in their language with the PDF copy, once', async () => {
    const s = await submitted();
    await receipts(s.application.id, s.submitter.id);
    await receipts(s.application.id, s.submitter.id); // a retried submission enqueues again

    const rows = await ctx.prisma.outboxMessage.findMany({
      where: { dedupeKey: { startsWith: `application-receipt:${s.application.id}:1:` } },
    });
    expect(rows).toHaveLength(3);

    const toSubmitter = await ctx.mailbox.waitFor(s.submitter.email, (mail) => mail.subject?.includes(s.referenceNumber) ?? false);
    expect(toSubmitter.subject).toBe(`Pieteikums ${s.referenceNumber} saņemts`);
    expect(toSubmitter.text).toContain('Kopienu iniciatīvas 2026');
    expect(toSubmitter.text).toContain(s.organisation.legalName);
    expect(toSubmitter.text).toContain(`http://kopa.test/applications/${s.application.id}`);
    const lvPdf = pdfOf(toSubmitter);
    expect(lvPdf?.filename).toBe(`${s.referenceNumber}.pdf`);
    const lvText = await extractPdfText(lvPdf!.content);
    expect(lvText.pages).toBeGreaterThan(0);
    expect(lvText.text).toContain(TITLE);
    expect(lvText.text).toContain('Pieprasītā summa');

    const toOwner = await ctx.mailbox.waitFor(s.owner.email, (mail) => mail.subject?.includes(s.referenceNumber) ?? false);
    expect(toOwner.subject).toBe(`Application ${s.referenceNumber} received`);
    expect(toOwner.text).toContain('Community initiatives 2026');
    const enText = await extractPdfText(pdfOf(toOwner)!.content);
    expect(enText.text).toContain('Amount requested');
    expect(enText.text).toContain(TITLE);

    const toSecondOwner = await ctx.mailbox.waitFor(s.secondOwner.email);
    expect(toSecondOwner.subject).toContain('saņemts');
    expect(pdfOf(toSecondOwner)).toBeDefined();

    // Give the relay and worker time to do something they should not.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(ctx.mailbox.to(s.submitter.email)).toHaveLength(1);
    expect(ctx.mailbox.to(s.owner.email)).toHaveLength(1);
    expect(ctx.mailbox.to(s.secondOwner.email)).toHaveLength(1);
    expect(ctx.mailbox.to(s.bystander.email)).toHaveLength(0);
  });

  it('sends an owner who submits one receipt, not two', async () => {
    const s = await submitted();
    await receipts(s.application.id, s.owner.id);
    await ctx.mailbox.waitFor(s.owner.email);
    await ctx.mailbox.waitFor(s.secondOwner.email);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(ctx.mailbox.to(s.owner.email)).toHaveLength(1);
    expect(ctx.mailbox.to(s.submitter.email)).toHaveLength(0);
  });
});
