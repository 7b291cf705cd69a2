import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import {
  BookConsultationDto,
  BookingDto,
  BookingListDto,
  BookingListQueryDto,
  BookingStaffDto,
  RecordConsultationDto,
  RescheduleConsultationDto,
} from './consultations.dto';
import { ConsultationBookingsService } from './consultation-bookings.service';

const id = new ParseUUIDPipe({ version: '4' });
const READERS = ['consultations:book', 'consultations:host', 'consultations:manage'] as const;

@ApiTags('consultations')
@Controller('consultations/bookings')
export class ConsultationBookingsController {
  constructor(private readonly bookings: ConsultationBookingsService) {}

  /** A member books for their organisation; a coordinator may book for a member (contactUserId). 409 slot-taken when someone was quicker. */
  @Post()
  @Authenticated({ permission: ['consultations:book', 'consultations:manage'] })
  @ZodResponse({ type: BookingDto, status: 201 })
  book(@CurrentUser() user: Principal, @Body() body: BookConsultationDto) {
    return this.bookings.book(user, body);
  }

  /** History of one organisation (members, staff) or of all the caller's organisations; never private notes. */
  @Get()
  @Authenticated({ permission: [...READERS, 'organisations:read-all'] })
  @ZodResponse({ type: BookingListDto })
  list(@CurrentUser() user: Principal, @Query() query: BookingListQueryDto) {
    return this.bookings.list(user, query);
  }

  /** Members see the organisation's view; the consultant and coordinators also see privateNotes. */
  @Get(':id')
  @Authenticated({ permission: READERS })
  @ZodResponse({ type: BookingStaffDto, description: 'privateNotes only for the consultant and coordinators' })
  get(@CurrentUser() user: Principal, @Param('id', id) bookingId: string) {
    return this.bookings.get(user, bookingId);
  }

  @Get(':id/calendar.ics')
  @Authenticated({ permission: READERS })
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="konsultacija.ics"')
  calendar(@CurrentUser() user: Principal, @Param('id', id) bookingId: string) {
    return this.bookings.ics(user, bookingId, user.locale);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Authenticated({ permission: READERS })
  @ZodResponse({ type: BookingDto })
  cancel(@CurrentUser() user: Principal, @Param('id', id) bookingId: string) {
    return this.bookings.cancel(user, bookingId);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @Authenticated({ permission: READERS })
  @ZodResponse({ type: BookingDto })
  reschedule(@CurrentUser() user: Principal, @Param('id', id) bookingId: string, @Body() body: RescheduleConsultationDto) {
    return this.bookings.reschedule(user, bookingId, body.slotId);
  }

  /** After the session: attendance, outcome and follow-up (shown to the organisation), private notes (never). */
  @Put(':id/record')
  @Authenticated({ permission: ['consultations:host', 'consultations:manage'] })
  @ZodResponse({ type: BookingStaffDto })
  record(@CurrentUser() user: Principal, @Param('id', id) bookingId: string, @Body() body: RecordConsultationDto) {
    return this.bookings.record(user, bookingId, body);
  }
}
