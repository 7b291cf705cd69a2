import { createZodDto } from 'nestjs-zod';
import {
  ZApplicantEligibilityResponse,
  ZBulkMarkEligibleRequest,
  ZBulkMarkEligibleResponse,
  ZEligibilityChecklistResponse,
  ZEligibilityDecisionRequest,
  ZEligibilityDetailResponse,
  ZEligibilityListQuery,
  ZEligibilityListResponse,
  ZUpdateEligibilityChecklistRequest,
  ZUpdateEligibilityTicksRequest,
} from '@kopa/shared';

export class EligibilityListQueryDto extends createZodDto(ZEligibilityListQuery) {}
export class EligibilityListDto extends createZodDto(ZEligibilityListResponse) {}
export class EligibilityDetailDto extends createZodDto(ZEligibilityDetailResponse) {}
export class UpdateEligibilityChecklistDto extends createZodDto(ZUpdateEligibilityChecklistRequest) {}
export class EligibilityChecklistDto extends createZodDto(ZEligibilityChecklistResponse) {}
export class UpdateEligibilityTicksDto extends createZodDto(ZUpdateEligibilityTicksRequest) {}
export class EligibilityDecisionDto extends createZodDto(ZEligibilityDecisionRequest) {}
export class BulkMarkEligibleDto extends createZodDto(ZBulkMarkEligibleRequest) {}
export class BulkMarkEligibleResultDto extends createZodDto(ZBulkMarkEligibleResponse) {}
export class ApplicantEligibilityDto extends createZodDto(ZApplicantEligibilityResponse) {}
