import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  ZAddPoolReviewerRequest,
  ZAutoAssignmentResponse,
  ZConflictDeclarationRequest,
  ZInviteReviewerRequest,
  ZManualAssignmentRequest,
  ZMyAssignmentListResponse,
  ZMyAssignmentsQuery,
  ZPageQuery,
  ZReleaseAssignmentRequest,
  ZReopenReviewRequest,
  ZReviewAssignmentResponse,
  ZReviewerCandidateListResponse,
  ZReviewerPoolResponse,
  ZReviewerSearchQuery,
  ZReviewProgressQuery,
  ZReviewProgressResponse,
  ZReviewSettingsResponse,
  ZSaveReviewDraftRequest,
  ZSubmitReviewRequest,
  ZUpdateReviewSettingsRequest,
  ZUpdateRubricRequest,
} from '@kopa/shared';

export class UpdateReviewSettingsDto extends createZodDto(ZUpdateReviewSettingsRequest) {}
export class UpdateRubricDto extends createZodDto(ZUpdateRubricRequest) {}
export class ReviewSettingsDto extends createZodDto(ZReviewSettingsResponse) {}
export class PageQueryDto extends createZodDto(ZPageQuery) {}
export class ReviewerSearchQueryDto extends createZodDto(ZReviewerSearchQuery) {}
export class ReviewerPoolDto extends createZodDto(ZReviewerPoolResponse) {}
export class ReviewerCandidateListDto extends createZodDto(ZReviewerCandidateListResponse) {}
export class AddPoolReviewerDto extends createZodDto(ZAddPoolReviewerRequest) {}
export class InviteReviewerDto extends createZodDto(ZInviteReviewerRequest) {}
export class InviteReviewerResultDto extends createZodDto(z.object({ userId: z.uuid(), created: z.boolean() })) {}
export class ManualAssignmentDto extends createZodDto(ZManualAssignmentRequest) {}
export class ManualAssignmentResultDto extends createZodDto(z.object({ created: z.number().int() })) {}
export class AutoAssignmentDto extends createZodDto(ZAutoAssignmentResponse) {}
export class ReleaseAssignmentDto extends createZodDto(ZReleaseAssignmentRequest) {}
export class ReleaseAssignmentResultDto extends createZodDto(z.object({ replacedBy: z.uuid().nullable() })) {}
export class ReopenReviewDto extends createZodDto(ZReopenReviewRequest) {}
export class ReviewProgressQueryDto extends createZodDto(ZReviewProgressQuery) {}
export class ReviewProgressDto extends createZodDto(ZReviewProgressResponse) {}
export class MyAssignmentsQueryDto extends createZodDto(ZMyAssignmentsQuery) {}
export class MyAssignmentListDto extends createZodDto(ZMyAssignmentListResponse) {}
export class ConflictDeclarationDto extends createZodDto(ZConflictDeclarationRequest) {}
export class SaveReviewDraftDto extends createZodDto(ZSaveReviewDraftRequest) {}
export class SubmitReviewDto extends createZodDto(ZSubmitReviewRequest) {}
export class ReviewAssignmentDto extends createZodDto(ZReviewAssignmentResponse) {}
export class DeclarationResultDto extends createZodDto(z.object({ assignment: ZReviewAssignmentResponse.nullable() })) {}
