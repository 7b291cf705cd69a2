import { Inject, Injectable } from '@nestjs/common';
import { formatRigaDateTime, type TLocale } from '@kopa/shared';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { OutboxWriter } from '../../../jobs/outbox.writer';
import type { Tx } from '../../../prisma/prisma.service';
import { ReceiptRepository } from './receipt.repository';

export interface ReceiptInput {
  applicationId: string;
  revisionNumber: number;
  submittedById: string;
}

/** A receipt's content read inside the submission's transaction, waiting for its reference number. */
export interface PreparedReceipts {
  applicationId: string;
  revisionNumber: number;
  referenceNumber: string | null;
  call: { titleLv: string; titleEn: string };
  organisationName: string;
  submittedAt: Date;
  recipients: { id: string; email: string; displayName: string; locale: TLocale }[];
}

/**
 * Receipt e-mails after a submission: one per recipient (the submitter and every owner of
 * the organisation), each in the recipient's language, with the PDF copy of that revision
 * rendered and attached by the worker. Call it inside the submission's transaction.
 */
@Injectable()
export class ReceiptService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ReceiptRepository) private readonly receipts: ReceiptRepository,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  async enqueueReceipts(tx: Tx, input: ReceiptInput): Promise<void> {
    const prepared = await this.prepareReceipts(tx, input);
    if (!prepared.referenceNumber) throw new Error(`application ${input.applicationId} has no reference number`);
    await this.enqueuePrepared(tx, prepared, prepared.referenceNumber);
  }

  /**
   * Reads everything a receipt says except the reference number, so a first submission can
   * take its number from the call's counter as late as possible and hold that lock briefly.
   */
  async prepareReceipts(tx: Tx, input: ReceiptInput): Promise<PreparedReceipts> {
    const application = await this.receipts.findApplication(tx, input.applicationId);
    if (!application) throw new Error(`application ${input.applicationId} does not exist`);
    const revision = await this.receipts.findRevision(tx, input.applicationId, input.revisionNumber);
    if (!revision) throw new Error(`application ${input.applicationId} has no revision ${input.revisionNumber}`);
    const recipients = await this.receipts.findRecipients(tx, application.organisationId, input.submittedById);
    return {
      applicationId: application.id,
      revisionNumber: input.revisionNumber,
      referenceNumber: application.referenceNumber,
      call: application.call,
      organisationName: application.organisation.legalName,
      submittedAt: revision.submittedAt,
      recipients,
    };
  }

  /** Writes the prepared receipts (one per recipient, deduplicated) with the reference number. */
  async enqueuePrepared(tx: Tx, prepared: PreparedReceipts, referenceNumber: string): Promise<void> {
    for (const recipient of prepared.recipients) {
      const locale: TLocale = recipient.locale;
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `application-receipt:${prepared.applicationId}:${prepared.revisionNumber}:${recipient.id}`,
        to: recipient.email,
        locale,
        template: 'application-submitted',
        params: {
          displayName: recipient.displayName,
          referenceNumber,
          callTitle: locale === 'en' ? prepared.call.titleEn : prepared.call.titleLv,
          organisationName: prepared.organisationName,
          submittedAt: formatRigaDateTime(prepared.submittedAt, locale),
          link: `${this.config.APP_URL}/applications/${prepared.applicationId}`,
        },
        attachments: [
          { kind: 'application-pdf', applicationId: prepared.applicationId, revisionNumber: prepared.revisionNumber },
        ],
      });
    }
  }
}
