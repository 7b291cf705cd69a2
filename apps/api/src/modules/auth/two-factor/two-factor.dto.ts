import { createZodDto } from 'nestjs-zod';
import {
  ZReauthenticateRequest,
  ZReauthenticateResponse,
  ZRecoveryCodesResponse,
  ZSecondFactorRequest,
  ZTotpConfirmRequest,
  ZTotpEnrolmentResponse,
  ZTwoFactorStatusResponse,
} from '@kopa/shared';

export class SecondFactorDto extends createZodDto(ZSecondFactorRequest) {}
export class TotpConfirmDto extends createZodDto(ZTotpConfirmRequest) {}
export class TotpEnrolmentDto extends createZodDto(ZTotpEnrolmentResponse) {}
export class RecoveryCodesDto extends createZodDto(ZRecoveryCodesResponse) {}
export class TwoFactorStatusDto extends createZodDto(ZTwoFactorStatusResponse) {}
export class ReauthenticateDto extends createZodDto(ZReauthenticateRequest) {}
export class ReauthenticateResponseDto extends createZodDto(ZReauthenticateResponse) {}
