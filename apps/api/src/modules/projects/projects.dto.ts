import { createZodDto } from 'nestjs-zod';
import {
  ZMyProjectsQuery,
  ZProjectDetail,
  ZProjectListQuery,
  ZProjectListResponse,
  ZProjectTransitionRequest,
  ZSaveTranchesRequest,
  ZTrancheTransitionRequest,
  ZUpdateProjectRequest,
} from '@kopa/shared';

export class ProjectListQueryDto extends createZodDto(ZProjectListQuery) {}
export class MyProjectsQueryDto extends createZodDto(ZMyProjectsQuery) {}
export class ProjectListDto extends createZodDto(ZProjectListResponse) {}
export class ProjectDetailDto extends createZodDto(ZProjectDetail) {}
export class UpdateProjectDto extends createZodDto(ZUpdateProjectRequest) {}
export class ProjectTransitionDto extends createZodDto(ZProjectTransitionRequest) {}
export class SaveTranchesDto extends createZodDto(ZSaveTranchesRequest) {}
export class TrancheTransitionDto extends createZodDto(ZTrancheTransitionRequest) {}
