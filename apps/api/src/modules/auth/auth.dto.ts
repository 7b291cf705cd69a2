import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  ZChangePasswordRequest,
  ZForgotPasswordRequest,
  ZLoginRequest,
  ZLoginResponse,
  ZMeResponse,
  ZRegisterRequest,
  ZResendVerificationRequest,
  ZResetPasswordRequest,
  ZSessionResponse,
  ZSessionStateResponse,
  ZUpdateLocaleRequest,
  ZVerifyEmailRequest,
} from '@kopa/shared';

export class RegisterDto extends createZodDto(ZRegisterRequest) {}
export class LoginDto extends createZodDto(ZLoginRequest) {}
export class VerifyEmailDto extends createZodDto(ZVerifyEmailRequest) {}
export class ResendVerificationDto extends createZodDto(ZResendVerificationRequest) {}
export class ForgotPasswordDto extends createZodDto(ZForgotPasswordRequest) {}
export class ResetPasswordDto extends createZodDto(ZResetPasswordRequest) {}
export class ChangePasswordDto extends createZodDto(ZChangePasswordRequest) {}
export class UpdateLocaleDto extends createZodDto(ZUpdateLocaleRequest) {}
export class LoginResponseDto extends createZodDto(ZLoginResponse) {}
export class MeDto extends createZodDto(ZMeResponse) {}
export class SessionStateDto extends createZodDto(ZSessionStateResponse) {}
export class SessionListDto extends createZodDto(z.object({ items: z.array(ZSessionResponse) })) {}
/** The body of a 202: the request was taken; what happens next is deliberately not said. */
export class AcceptedDto extends createZodDto(z.object({}).strict()) {}
