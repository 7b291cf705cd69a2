import { Module } from '@nestjs/common';
import { ReceiptModule } from './receipt/receipt.module';
import { RevisionPdfModule } from './receipt/revision-pdf.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { ApplicationAccessModule } from '../application-access';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ApplicationAnswersService } from './application-answers.service';
import { ApplicationSubmissionService } from './application-submission.service';
import { ApplicationClarificationsService } from './application-clarifications.service';
import { ApplicationRevisionsService } from './application-revisions.service';
import { ClarificationAnsweredNotifier } from './clarification-answered.notifier';
import { ReferenceNumbers } from './reference-numbers';

@Module({
  imports: [ReceiptModule, RevisionPdfModule, ApplicationAccessModule, AttachmentsModule],
  controllers: [ApplicationsController],
  providers: [
    ApplicationsRepository,
    ApplicationsService,
    ApplicationAnswersService,
    ApplicationSubmissionService,
    ApplicationClarificationsService,
    ApplicationRevisionsService,
    ClarificationAnsweredNotifier,
    ReferenceNumbers,
  ],
})
export class ApplicationsModule {}
