import { createZodDto } from 'nestjs-zod';
import {
  ZAdminProgrammeListResponse,
  ZAdminUserDetail,
  ZAdminUserListQuery,
  ZAdminUserListResponse,
  ZChangeRoleRequest,
  ZFailedJobParams,
  ZJobsOverviewResponse,
  ZProgrammeStaffRequest,
} from '@kopa/shared';

export class AdminUserListQueryDto extends createZodDto(ZAdminUserListQuery) {}
export class AdminUserListDto extends createZodDto(ZAdminUserListResponse) {}
export class AdminUserDetailDto extends createZodDto(ZAdminUserDetail) {}
export class ChangeRoleDto extends createZodDto(ZChangeRoleRequest) {}
export class ProgrammeStaffDto extends createZodDto(ZProgrammeStaffRequest) {}
export class AdminProgrammeListDto extends createZodDto(ZAdminProgrammeListResponse) {}
export class JobsOverviewDto extends createZodDto(ZJobsOverviewResponse) {}
export class FailedJobParamsDto extends createZodDto(ZFailedJobParams) {}
