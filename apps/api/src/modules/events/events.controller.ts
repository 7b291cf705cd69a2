import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated, Public } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { localeFromAcceptLanguage } from '../../common/http/request-locale';
import { sendDownload } from '../../common/http/send-download';
import { EventsService } from './events.service';
import { EventRegistrationsService } from './event-registrations.service';
import { EventCertificatesService } from './event-certificates.service';
import {
  CertificateLinkQueryDto,
  CertificateQueryDto,
  CheckInDto,
  CheckInResultDto,
  EventAttendeeListDto,
  EventAttendeeQueryDto,
  EventDetailDto,
  EventLinkRequestDto,
  EventListDto,
  EventListQueryDto,
  EventRegistrationRequestDto,
  EventRegistrationResponseDto,
  EventRequestDto,
  EventTokenResponseDto,
  MyRegistrationsDto,
  MyRegistrationsQueryDto,
} from './events.dto';


const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: EventRegistrationsService,
    private readonly certificates: EventCertificatesService,
  ) {}

  @Get()
  @Public()
  @ZodResponse({ type: EventListDto })
  list(@Query() query: EventListQueryDto) {
    return this.events.list(query);
  }

  @Get(':id')
  @Public()
  @ZodResponse({ type: EventDetailDto })
  detail(@CurrentUser() user: Principal | undefined, @Param('id', id) eventId: string) {
    return this.events.detail(user, eventId);
  }

  @Post()
  @Authenticated({ permission: 'events:manage' })
  @ZodResponse({ type: EventDetailDto, status: 201 })
  create(@CurrentUser() user: Principal, @Body() body: EventRequestDto) {
    return this.events.create(user, body);
  }

  @Put(':id')
  @Authenticated({ permission: 'events:manage' })
  @ZodResponse({ type: EventDetailDto })
  update(@CurrentUser() user: Principal, @Param('id', id) eventId: string, @Body() body: EventRequestDto) {
    return this.events.update(user, eventId, body);
  }

  /** Signed in: a place at once. Visitors: name and e-mail, then the e-mailed link (limited per address and per IP). */
  @Post(':id/registrations')
  @HttpCode(200)
  @Public()
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ZodResponse({ type: EventRegistrationResponseDto, status: 200 })
  register(
    @CurrentUser() user: Principal | undefined,
    @Param('id', id) eventId: string,
    @Body() body: EventRegistrationRequestDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ) {
    return this.registrations.register(user, eventId, body, localeFromAcceptLanguage(acceptLanguage));
  }

  @Delete(':id/registrations/mine')
  @Authenticated({ permission: 'events:attend' })
  @ZodResponse({ type: EventTokenResponseDto })
  cancelMine(@CurrentUser() user: Principal, @Param('id', id) eventId: string) {
    return this.registrations.cancelMine(user, eventId);
  }

  /** The signed-in user's own registrations: upcoming or past, with whether each can be cancelled or has a certificate. */
  @Get('registrations/mine')
  @Authenticated({ permission: 'events:attend' })
  @ZodResponse({ type: MyRegistrationsDto })
  mine(@CurrentUser() user: Principal, @Query() query: MyRegistrationsQueryDto) {
    return this.registrations.mine(user, query);
  }

  /** The attendance certificate through the link e-mailed after the event (visitors have no account); the token decides. */
  @Get('registrations/:registrationId/certificate')
  @Public()
  @Throttle({ default: { limit: 20, ttl: 60_000 } })
  async certificateByLink(
    @Param('registrationId', id) registrationId: string,
    @Query() query: CertificateLinkQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendDownload(reply, await this.certificates.certificateByLink(registrationId, query.token, query.locale));
  }

  @Post('registrations/confirm')
  @HttpCode(200)
  @Public()
  @Throttle({ default: { limit: 20, ttl: 60_000 } })
  @ZodResponse({ type: EventTokenResponseDto, status: 200 })
  confirm(@Body() body: EventLinkRequestDto) {
    return this.registrations.confirm(body.registrationId, body.token);
  }

  @Post('registrations/cancel')
  @HttpCode(200)
  @Public()
  @Throttle({ default: { limit: 20, ttl: 60_000 } })
  @ZodResponse({ type: EventTokenResponseDto, status: 200 })
  cancelByLink(@Body() body: EventLinkRequestDto) {
    return this.registrations.cancelByToken(body.registrationId, body.token);
  }

  /** The check-in list: people with a place, searchable by name, with counts by participant group. */
  @Get(':id/attendees')
  @Authenticated({ permission: 'events:manage' })
  @ZodResponse({ type: EventAttendeeListDto })
  attendees(@CurrentUser() user: Principal, @Param('id', id) eventId: string, @Query() query: EventAttendeeQueryDto) {
    return this.registrations.attendees(user, eventId, query);
  }

  @Put(':id/attendees/:registrationId/check-in')
  @Authenticated({ permission: 'events:manage' })
  @ZodResponse({ type: CheckInResultDto })
  checkIn(@CurrentUser() user: Principal, @Param('id', id) eventId: string, @Param('registrationId', id) registrationId: string, @Body() body: CheckInDto) {
    return this.registrations.checkIn(user, eventId, registrationId, body);
  }

  @Delete(':id/attendees/:registrationId')
  @Authenticated({ permission: 'events:manage' })
  @ZodResponse({ type: EventTokenResponseDto })
  cancelAttendee(@CurrentUser() user: Principal, @Param('id', id) eventId: string, @Param('registrationId', id) registrationId: string) {
    return this.registrations.cancelAsOrganiser(user, eventId, registrationId);
  }

  /** The attendance certificate (PDF) of someone who was checked in: for them, the organiser and coordinators. */
  @Get(':id/attendees/:registrationId/certificate')
  @Authenticated({ permission: 'events:attend' })
  async certificate(
    @CurrentUser() user: Principal,
    @Param('id', id) eventId: string,
    @Param('registrationId', id) registrationId: string,
    @Query() query: CertificateQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendDownload(reply, await this.certificates.certificate(user, eventId, registrationId, query.locale ?? user.locale));
  }
}
