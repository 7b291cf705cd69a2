import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** The in-app inbox API; rows are written by the outbox writer (jobs/outbox.writer.ts). */
@Module({ controllers: [NotificationsController], providers: [NotificationsService, NotificationsRepository] })
export class NotificationsModule {}
