import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZRole, type TRole } from '@kopa/shared';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated, RequiresRecentAuth } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { AdminUsersService } from './admin-users.service';
import { AdminUserDetailDto, AdminUserListDto, AdminUserListQueryDto, ChangeRoleDto } from './admin.dto';

const id = new ParseUUIDPipe({ version: '4' });

function roleOrThrow(value: string): TRole {
  const parsed = ZRole.safeParse(value);
  if (!parsed.success) throw Problems.validation([{ path: 'role', code: 'invalid_enum_value', message: 'validation.invalid' }]);
  return parsed.data;
}

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @Authenticated({ permission: 'users:manage' })
  @ZodResponse({ type: AdminUserListDto })
  list(@Query() query: AdminUserListQueryDto) {
    return this.users.list(query);
  }

  @Get(':id')
  @Authenticated({ permission: 'users:manage' })
  @ZodResponse({ type: AdminUserDetailDto })
  view(@Param('id', id) userId: string) {
    return this.users.view(userId);
  }

  @Post(':id/roles')
  @HttpCode(200)
  @Authenticated({ permission: 'users:manage' })
  @RequiresRecentAuth()
  @ZodResponse({ type: AdminUserDetailDto })
  assignRole(@CurrentUser() admin: Principal, @Param('id', id) userId: string, @Body() body: ChangeRoleDto) {
    return this.users.assignRole(admin, userId, body.role);
  }

  @Delete(':id/roles/:role')
  @Authenticated({ permission: 'users:manage' })
  @RequiresRecentAuth()
  @ZodResponse({ type: AdminUserDetailDto })
  revokeRole(@CurrentUser() admin: Principal, @Param('id', id) userId: string, @Param('role') role: string) {
    return this.users.revokeRole(admin, userId, roleOrThrow(role));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Authenticated({ permission: 'users:manage' })
  @RequiresRecentAuth()
  @ZodResponse({ type: AdminUserDetailDto })
  deactivate(@CurrentUser() admin: Principal, @Param('id', id) userId: string) {
    return this.users.deactivate(admin, userId);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Authenticated({ permission: 'users:manage' })
  @RequiresRecentAuth()
  @ZodResponse({ type: AdminUserDetailDto })
  reactivate(@CurrentUser() admin: Principal, @Param('id', id) userId: string) {
    return this.users.reactivate(admin, userId);
  }
}
