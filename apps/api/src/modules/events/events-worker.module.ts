import { Module } from '@nestjs/common';
import { OutboxWriter } from '../../jobs/outbox.writer';
import { InboxRepository } from '../../jobs/inbox.repository';
import { EventsRepository } from './events.repository';
import { EventPlaces } from './event-places';
import { EventRemindersService } from './event-reminders.service';
import { EventRemindersProcessor } from './event-reminders.processor';

/** Worker side of events: the reminder sweep the day before. */
@Module({
  providers: [OutboxWriter, InboxRepository, EventsRepository, EventPlaces, EventRemindersService, EventRemindersProcessor],
})
export class EventsWorkerModule {}
