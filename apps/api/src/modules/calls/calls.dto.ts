import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  ZCallListResponse,
  ZCallResponse,
  ZCallStatus,
  ZCallTransitionRequest,
  ZCreateCallRequest,
  ZPublicCallListResponse,
  ZPublicCallResponse,
  ZUpdateCallRequest,
} from '@kopa/shared';

export class CreateCallDto extends createZodDto(ZCreateCallRequest) {}
export class UpdateCallDto extends createZodDto(ZUpdateCallRequest) {}
export class CallTransitionDto extends createZodDto(ZCallTransitionRequest) {}
export class CallListQueryDto extends createZodDto(z.object({ status: ZCallStatus.optional() })) {}
export class CallDto extends createZodDto(ZCallResponse) {}
export class CallListDto extends createZodDto(ZCallListResponse) {}
export class PublicCallDto extends createZodDto(ZPublicCallResponse) {}
export class PublicCallListDto extends createZodDto(ZPublicCallListResponse) {}
