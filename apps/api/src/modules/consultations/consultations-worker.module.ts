import { Module } from '@nestjs/common';
import { InboxRepository } from '../../jobs/inbox.repository';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { ConsultationMessages } from './consultation-messages';
import { ConsultationRemindersProcessor } from './consultation-reminders.processor';
import { ConsultationRemindersService } from './consultation-reminders.service';
import { ConsultationsRepository } from './consultations.repository';

/** What the worker needs for the reminder sweep (the outbox writer without the HTTP app's relay). */
@Module({
  providers: [InboxRepository, OutboxWriter, ConsultationsRepository, ConsultationMessages, ConsultationRemindersService, ConsultationRemindersProcessor],
})
export class ConsultationsWorkerModule {}
