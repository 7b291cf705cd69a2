import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  ZCertificateLinkQuery,
  ZCertificateQuery,
  ZCheckInRequest,
  ZEventAttendeeListResponse,
  ZEventAttendeeQuery,
  ZEventDetail,
  ZEventListQuery,
  ZEventListResponse,
  ZEventRegistrationRequest,
  ZEventRegistrationResponse,
  ZEventRequest,
  ZEventTokenRequest,
  ZEventTokenResponse,
  ZMyRegistrationsQuery,
  ZMyRegistrationsResponse,
} from '@kopa/shared';

export class EventRequestDto extends createZodDto(ZEventRequest) {}
export class EventListQueryDto extends createZodDto(ZEventListQuery) {}
export class EventListDto extends createZodDto(ZEventListResponse) {}
export class EventDetailDto extends createZodDto(ZEventDetail) {}
export class EventRegistrationRequestDto extends createZodDto(ZEventRegistrationRequest) {}
export class EventRegistrationResponseDto extends createZodDto(ZEventRegistrationResponse) {}
export class EventLinkRequestDto extends createZodDto(ZEventTokenRequest.extend({ registrationId: z.uuid() })) {}
export class EventTokenResponseDto extends createZodDto(ZEventTokenResponse) {}
export class EventAttendeeQueryDto extends createZodDto(ZEventAttendeeQuery) {}
export class EventAttendeeListDto extends createZodDto(ZEventAttendeeListResponse) {}
export class CheckInDto extends createZodDto(ZCheckInRequest) {}
export class CheckInResultDto extends createZodDto(z.object({ id: z.string(), checkedInAt: z.string().nullable() })) {}
export class CertificateQueryDto extends createZodDto(ZCertificateQuery) {}
export class CertificateLinkQueryDto extends createZodDto(ZCertificateLinkQuery) {}
export class MyRegistrationsQueryDto extends createZodDto(ZMyRegistrationsQuery) {}
export class MyRegistrationsDto extends createZodDto(ZMyRegistrationsResponse) {}
