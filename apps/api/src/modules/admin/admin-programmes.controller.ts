import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated, RequiresRecentAuth } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { AdminProgrammesService } from './admin-programmes.service';
import { AdminProgrammeListDto, AdminProgrammeListQueryDto, AdminProgrammeStaffDto, ProgrammeStaffDto } from './admin.dto';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('admin')
@Controller('admin/programmes')
export class AdminProgrammesController {
  constructor(private readonly programmes: AdminProgrammesService) {}

  @Get()
  @Authenticated({ permission: 'users:manage' })
  @ZodResponse({ type: AdminProgrammeListDto })
  list(@Query() query: AdminProgrammeListQueryDto) {
    return this.programmes.list(query);
  }

  @Post(':id/staff')
  @HttpCode(200)
  @Authenticated({ permission: 'users:manage' })
  @RequiresRecentAuth()
  @ZodResponse({ type: AdminProgrammeStaffDto })
  addStaff(@CurrentUser() admin: Principal, @Param('id', id) programmeId: string, @Body() body: ProgrammeStaffDto) {
    return this.programmes.addStaff(admin, programmeId, body.userId);
  }

  @Delete(':id/staff/:userId')
  @Authenticated({ permission: 'users:manage' })
  @RequiresRecentAuth()
  @ZodResponse({ type: AdminProgrammeStaffDto })
  removeStaff(@CurrentUser() admin: Principal, @Param('id', id) programmeId: string, @Param('userId', id) userId: string) {
    return this.programmes.removeStaff(admin, programmeId, userId);
  }
}
