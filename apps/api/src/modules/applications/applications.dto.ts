import { createZodDto } from 'nestjs-zod';
import {
  ZApplicationHistoryResponse,
  ZApplicationResponse,
  ZApplicationRevisionListResponse,
  ZCallApplicationListQuery,
  ZCallApplicationListResponse,
  ZCreateApplicationRequest,
  ZMyApplicationListResponse,
  ZRequestClarificationRequest,
  ZRevisionCompareQuery,
  ZApplicationHistoryQuery,
  ZRevisionCompareResponse,
  ZRevisionPdfParams,
  ZRevisionPdfQuery,
  ZUpdateAnswersRequest,
  ZUpdateAnswersResponse,
  ZWithdrawApplicationRequest,
} from '@kopa/shared';

export class CreateApplicationDto extends createZodDto(ZCreateApplicationRequest) {}
export class UpdateAnswersDto extends createZodDto(ZUpdateAnswersRequest) {}
export class WithdrawApplicationDto extends createZodDto(ZWithdrawApplicationRequest) {}
export class RequestClarificationDto extends createZodDto(ZRequestClarificationRequest) {}
export class RevisionCompareQueryDto extends createZodDto(ZRevisionCompareQuery) {}
export class ApplicationHistoryQueryDto extends createZodDto(ZApplicationHistoryQuery) {}
export class RevisionPdfParamsDto extends createZodDto(ZRevisionPdfParams) {}
export class RevisionPdfQueryDto extends createZodDto(ZRevisionPdfQuery) {}
export class CallApplicationListQueryDto extends createZodDto(ZCallApplicationListQuery) {}
export class ApplicationDto extends createZodDto(ZApplicationResponse) {}
export class UpdateAnswersResultDto extends createZodDto(ZUpdateAnswersResponse) {}
export class MyApplicationListDto extends createZodDto(ZMyApplicationListResponse) {}
export class ApplicationRevisionListDto extends createZodDto(ZApplicationRevisionListResponse) {}
export class RevisionCompareDto extends createZodDto(ZRevisionCompareResponse) {}
export class ApplicationHistoryDto extends createZodDto(ZApplicationHistoryResponse) {}
export class CallApplicationListDto extends createZodDto(ZCallApplicationListResponse) {}
