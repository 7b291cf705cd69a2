import { Module } from '@nestjs/common';
import { ResourceCentresModule } from '../resource-centres';
import { CentreConsultationsController } from './centre-consultations.controller';
import { ConsultationBookingsController } from './consultation-bookings.controller';
import { ConsultationBookingsService } from './consultation-bookings.service';
import { ConsultationMessages } from './consultation-messages';
import { ConsultationRemindersService } from './consultation-reminders.service';
import { ConsultationSettings } from './consultation-settings';
import { ConsultationSlotsController } from './consultation-slots.controller';
import { ConsultationSlotsService } from './consultation-slots.service';
import { ConsultationsRepository } from './consultations.repository';

@Module({
  imports: [ResourceCentresModule],
  controllers: [ConsultationSlotsController, ConsultationBookingsController, CentreConsultationsController],
  providers: [
    ConsultationsRepository,
    ConsultationSettings,
    ConsultationMessages,
    ConsultationSlotsService,
    ConsultationBookingsService,
    ConsultationRemindersService,
  ],
  exports: [ConsultationsRepository, ConsultationSlotsService],
})
export class ConsultationsModule {}
