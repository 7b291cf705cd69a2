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
    const application = await this.receipts.findApplication(tx, input.applicationId);
    if (!application) throw new Error(`application ${input.applicationId} does not exist`);
    if (!application.referenceNumber) throw new Error(`application ${input.applicationId} has no reference number`);
    const revision = await this.receipts.findRevision(tx, input.applicationId, input.revisionNumber);
    if (!revision) throw new Error(`application ${input.applicationId} has no revision ${input.revisionNumber}`);

    const recipients = await this.receipts.findRecipients(tx, application.organisationId, input.submittedById);
    for (const recipient of recipients) {
      const locale: TLocale = recipient.locale;
      await this.outbox.enqueueEmail(tx, {
        dedupeKey: `application-receipt:${application.id}:${input.revisionNumber}:${recipient.id}`,
        to: recipient.email,
        locale,
        template: 'application-submitted',
        params: {
          displayName: recipient.displayName,
          referenceNumber: application.referenceNumber,
          callTitle: locale === 'en' ? application.call.titleEn : application.call.titleLv,
          organisationName: application.organisation.legalName,
          submittedAt: formatRigaDateTime(revision.submittedAt, locale),
          link: `${this.config.APP_URL}/applications/${application.id}`,
        },
        attachments: [
          { kind: 'application-pdf', applicationId: application.id, revisionNumber: input.revisionNumber },
        ],
      });
    }
  }
}
