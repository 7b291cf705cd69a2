import { createZodDto } from 'nestjs-zod';
import {
  ZAgendaQuery,
  ZAgendaResponse,
  ZBookConsultationRequest,
  ZBookingListQuery,
  ZBookingListResponse,
  ZConsultationBooking,
  ZConsultationBookingStaff,
  ZPublishSlotsRequest,
  ZPublishSlotsResponse,
  ZRecordConsultationRequest,
  ZRescheduleConsultationRequest,
  ZSlotListQuery,
  ZSlotListResponse,
} from '@kopa/shared';

export class PublishSlotsDto extends createZodDto(ZPublishSlotsRequest) {}
export class PublishSlotsResultDto extends createZodDto(ZPublishSlotsResponse) {}
export class SlotListQueryDto extends createZodDto(ZSlotListQuery) {}
export class SlotListDto extends createZodDto(ZSlotListResponse) {}
export class AgendaQueryDto extends createZodDto(ZAgendaQuery) {}
export class AgendaDto extends createZodDto(ZAgendaResponse) {}
export class BookConsultationDto extends createZodDto(ZBookConsultationRequest) {}
export class RescheduleConsultationDto extends createZodDto(ZRescheduleConsultationRequest) {}
export class RecordConsultationDto extends createZodDto(ZRecordConsultationRequest) {}
export class BookingListQueryDto extends createZodDto(ZBookingListQuery) {}
export class BookingListDto extends createZodDto(ZBookingListResponse) {}
export class BookingDto extends createZodDto(ZConsultationBooking) {}
/** Staff answers carry privateNotes; organisation answers are ZConsultationBooking (stripped by the serializer). */
export class BookingStaffDto extends createZodDto(ZConsultationBookingStaff) {}
