import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../../application-access';
import { EMAIL_ATTACHMENT_RENDERER } from '../../../jobs/email-attachments';
import { ApplicationPdfRepository } from './application-pdf.repository';
import { ApplicationPdfService } from './application-pdf.service';

/** Worker side of receipts: renders the application PDF that receipt e-mails carry. */
@Module({
  imports: [ApplicationAccessModule],
  providers: [
    ApplicationPdfRepository,
    ApplicationPdfService,
    { provide: EMAIL_ATTACHMENT_RENDERER, useExisting: ApplicationPdfService },
  ],
  exports: [EMAIL_ATTACHMENT_RENDERER, ApplicationPdfService],
})
export class ReceiptWorkerModule {}
