import { createZodDto } from 'nestjs-zod';
import {
  ZAdminProgrammeListQuery,
  ZAdminProgrammeListResponse,
  ZAdminProgrammeStaff,
  ZAdminUserDetail,
  ZAdminUserListQuery,
  ZAdminUserListResponse,
  ZChangeRoleRequest,
  ZFailedJobParams,
  ZJobsOverviewQuery,
  ZJobsOverviewResponse,
  ZProgrammeStaffRequest,
} from '@kopa/shared';

export class AdminUserListQueryDto extends createZodDto(ZAdminUserListQuery) {}
export class AdminUserListDto extends createZodDto(ZAdminUserListResponse) {}
export class AdminUserDetailDto extends createZodDto(ZAdminUserDetail) {}
export class ChangeRoleDto extends createZodDto(ZChangeRoleRequest) {}
export class ProgrammeStaffDto extends createZodDto(ZProgrammeStaffRequest) {}
export class AdminProgrammeListDto extends createZodDto(ZAdminProgrammeListResponse) {}
export class AdminProgrammeListQueryDto extends createZodDto(ZAdminProgrammeListQuery) {}
export class AdminProgrammeStaffDto extends createZodDto(ZAdminProgrammeStaff) {}
export class JobsOverviewQueryDto extends createZodDto(ZJobsOverviewQuery) {}
export class JobsOverviewDto extends createZodDto(ZJobsOverviewResponse) {}
export class FailedJobParamsDto extends createZodDto(ZFailedJobParams) {}
