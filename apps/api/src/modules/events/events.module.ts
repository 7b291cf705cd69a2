import { Module } from '@nestjs/common';
import { EventsRepository } from './events.repository';
import { EventPlaces } from './event-places';
import { EventsService } from './events.service';
import { EventRegistrationsService } from './event-registrations.service';
import { EventCertificatesService } from './event-certificates.service';
import { EventRemindersService } from './event-reminders.service';
import { EventsController } from './events.controller';

/** Trainings and events: the public list and page, registration with a waiting list, check-in, certificates. */
@Module({
  controllers: [EventsController],
  providers: [EventsRepository, EventPlaces, EventsService, EventRegistrationsService, EventCertificatesService, EventRemindersService],
})
export class EventsModule {}
