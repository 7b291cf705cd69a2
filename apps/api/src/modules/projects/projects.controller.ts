import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ZPaymentsDueQuery, ZPaymentsDueResponse, ZProjectTimelineQuery, ZProjectTimelineResponse } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import {
  MyProjectsQueryDto,
  ProjectDetailDto,
  ProjectListDto,
  ProjectListQueryDto,
  ProjectTransitionDto,
  SaveTranchesDto,
  TrancheTransitionDto,
  UpdateProjectDto,
} from './projects.dto';
import { ProjectTimelineService } from './project-timeline.service';
import { ProjectsService } from './projects.service';
import { TranchesService } from './tranches.service';

class ProjectTimelineQueryDto extends createZodDto(ZProjectTimelineQuery) {}
class ProjectTimelineDto extends createZodDto(ZProjectTimelineResponse) {}
class PaymentsDueQueryDto extends createZodDto(ZPaymentsDueQuery) {}
class PaymentsDueDto extends createZodDto(ZPaymentsDueResponse) {}

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('projects')
@Controller()
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly tranches: TranchesService,
    private readonly timeline: ProjectTimelineService,
  ) {}

  @Get('calls/:callId/projects')
  @ApiOperation({ summary: "The call's funded projects, with money totals (programme staff)" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ProjectListDto })
  listForCall(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Query() query: ProjectListQueryDto) {
    return this.projects.listForCall(user, callId, query);
  }

  @Get('projects/mine')
  @ApiOperation({ summary: "Funded projects of the caller's organisations" })
  @Authenticated({ permission: 'projects:grantee' })
  @ZodResponse({ type: ProjectListDto })
  mine(@CurrentUser() user: Principal, @Query() query: MyProjectsQueryDto) {
    return this.projects.listMine(user, query);
  }

  @Get('projects/payments-due')
  @ApiOperation({ summary: "Payment tranches due or overdue and not yet paid, on the calls of the caller's programmes" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: PaymentsDueDto })
  paymentsDue(@CurrentUser() user: Principal, @Query() query: PaymentsDueQueryDto) {
    return this.tranches.paymentsDue(user, query);
  }

  @Get('projects/:id/timeline')
  @ApiOperation({ summary: "The project's timeline, newest first: agreement, status changes, payments" })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ProjectTimelineDto })
  projectTimeline(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Query() query: ProjectTimelineQueryDto) {
    return this.timeline.list(user, projectId, query);
  }

  @Get('projects/:id')
  @ApiOperation({ summary: 'One funded project: agreement, tranches and what may be done next' })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ProjectDetailDto })
  get(@CurrentUser() user: Principal, @Param('id', id) projectId: string) {
    return this.projects.get(user, projectId);
  }

  @Patch('projects/:id')
  @ApiOperation({ summary: 'Agreement data: project period, contact person, signatures' })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ProjectDetailDto })
  update(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Body() body: UpdateProjectDto) {
    return this.projects.update(user, projectId, body);
  }

  @Post('projects/:id/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: "Move the project through its workflow (activate, suspend, close, …)" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ProjectDetailDto, status: 200 })
  transition(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Body() body: ProjectTransitionDto) {
    return this.projects.transition(user, projectId, body);
  }

  @Put('projects/:id/tranches')
  @ApiOperation({ summary: 'Replace the planned payment tranches' })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ProjectDetailDto })
  planTranches(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Body() body: SaveTranchesDto) {
    return this.tranches.savePlanned(user, projectId, body);
  }

  @Post('projects/:id/tranches/:trancheId/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a payment tranche (due, approved, paid, held, cancelled)' })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ProjectDetailDto, status: 200 })
  trancheTransition(
    @CurrentUser() user: Principal,
    @Param('id', id) projectId: string,
    @Param('trancheId', id) trancheId: string,
    @Body() body: TrancheTransitionDto,
  ) {
    return this.tranches.transition(user, projectId, trancheId, body);
  }
}
