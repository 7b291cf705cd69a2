import { createZodDto } from 'nestjs-zod';
import {
  ZAddReportRequest,
  ZCallFormResponse,
  ZMoveReportRequest,
  ZOverdueReportsQuery,
  ZOverdueReportsResponse,
  ZRemoveReportRequest,
  ZReportCompareQuery,
  ZReportDetail,
  ZReportSchedule,
  ZReportScheduleSettings,
  ZReportTransitionRequest,
  ZRevisionCompareResponse,
  ZSaveCallFormRequest,
  ZUpdateReportRequest,
  ZUpdateReportResponse,
} from '@kopa/shared';

export class ReportScheduleDto extends createZodDto(ZReportSchedule) {}
export class AddReportDto extends createZodDto(ZAddReportRequest) {}
export class MoveReportDto extends createZodDto(ZMoveReportRequest) {}
export class RemoveReportDto extends createZodDto(ZRemoveReportRequest) {}
export class ReportDetailDto extends createZodDto(ZReportDetail) {}
export class UpdateReportDto extends createZodDto(ZUpdateReportRequest) {}
export class UpdateReportResponseDto extends createZodDto(ZUpdateReportResponse) {}
export class ReportTransitionDto extends createZodDto(ZReportTransitionRequest) {}
export class ReportCompareQueryDto extends createZodDto(ZReportCompareQuery) {}
export class ReportCompareDto extends createZodDto(ZRevisionCompareResponse) {}
export class OverdueReportsQueryDto extends createZodDto(ZOverdueReportsQuery) {}
export class OverdueReportsDto extends createZodDto(ZOverdueReportsResponse) {}
export class ReportFormDto extends createZodDto(ZCallFormResponse) {}
export class SaveReportFormDto extends createZodDto(ZSaveCallFormRequest) {}
export class ReportScheduleSettingsDto extends createZodDto(ZReportScheduleSettings) {}
