import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { AdminJobsService } from './admin-jobs.service';
import { FailedJobParamsDto, JobsOverviewDto, JobsOverviewQueryDto } from './admin.dto';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('admin')
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(private readonly jobs: AdminJobsService) {}

  @Get()
  @Authenticated({ permission: 'users:manage' })
  @ZodResponse({ type: JobsOverviewDto })
  overview(@Query() query: JobsOverviewQueryDto) {
    return this.jobs.overview(query);
  }

  @Post('emails/:id/requeue')
  @HttpCode(204)
  @Authenticated({ permission: 'users:manage' })
  requeueEmail(@CurrentUser() admin: Principal, @Param('id', id) outboxId: string) {
    return this.jobs.requeueEmail(admin, outboxId);
  }

  @Delete('emails/:id')
  @HttpCode(204)
  @Authenticated({ permission: 'users:manage' })
  discardEmail(@CurrentUser() admin: Principal, @Param('id', id) outboxId: string) {
    return this.jobs.discardEmail(admin, outboxId);
  }

  @Post('failed/:queue/:jobId/retry')
  @HttpCode(204)
  @Authenticated({ permission: 'users:manage' })
  retryJob(@CurrentUser() admin: Principal, @Param() params: FailedJobParamsDto) {
    return this.jobs.retryJob(admin, params.queue, params.jobId);
  }

  @Delete('failed/:queue/:jobId')
  @HttpCode(204)
  @Authenticated({ permission: 'users:manage' })
  discardJob(@CurrentUser() admin: Principal, @Param() params: FailedJobParamsDto) {
    return this.jobs.discardJob(admin, params.queue, params.jobId);
  }
}
