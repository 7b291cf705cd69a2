import { createZodDto } from 'nestjs-zod';
import {
  ZApplicantDecisionResponse,
  ZApplicationScoresResponse,
  ZDecideRequest,
  ZDecideResponse,
  ZLetterPreviewRequest,
  ZLetterPreviewResponse,
  ZLetterTemplateListResponse,
  ZLetterTemplateResponse,
  ZModerateScoreRequest,
  ZRankedListQuery,
  ZRankedListResponse,
  ZSaveLetterTemplateRequest,
  ZSendLettersResponse,
  ZShareCommentRequest,
} from '@kopa/shared';

export class ModerateScoreDto extends createZodDto(ZModerateScoreRequest) {}
export class ShareCommentDto extends createZodDto(ZShareCommentRequest) {}
export class ApplicationScoresDto extends createZodDto(ZApplicationScoresResponse) {}
export class RankedListQueryDto extends createZodDto(ZRankedListQuery) {}
export class RankedListDto extends createZodDto(ZRankedListResponse) {}
export class DecideDto extends createZodDto(ZDecideRequest) {}
export class DecideResultDto extends createZodDto(ZDecideResponse) {}
export class ApplicantDecisionDto extends createZodDto(ZApplicantDecisionResponse) {}
export class SaveLetterTemplateDto extends createZodDto(ZSaveLetterTemplateRequest) {}
export class LetterTemplateDto extends createZodDto(ZLetterTemplateResponse) {}
export class LetterTemplateListDto extends createZodDto(ZLetterTemplateListResponse) {}
export class LetterPreviewRequestDto extends createZodDto(ZLetterPreviewRequest) {}
export class LetterPreviewDto extends createZodDto(ZLetterPreviewResponse) {}
export class SendLettersResultDto extends createZodDto(ZSendLettersResponse) {}
