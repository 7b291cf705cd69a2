import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { BudgetChangesService } from './budget-changes.service';
import { BudgetService } from './budget.service';
import {
  BudgetChangeDto,
  BudgetChangeListDto,
  BudgetChangeListQueryDto,
  BudgetChangeTransitionDto,
  CreateBudgetChangeDto,
  ProjectBudgetDto,
  UpdateBudgetDto,
} from './project-budgets.dto';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('project budgets')
@Controller('projects/:id')
export class BudgetController {
  constructor(
    private readonly budget: BudgetService,
    private readonly changes: BudgetChangesService,
  ) {}

  @Get('budget')
  @ApiOperation({ summary: 'The budget of record: lines, spent against each, and the overspend flags' })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: ProjectBudgetDto })
  get(@CurrentUser() user: Principal, @Param('id', id) projectId: string) {
    return this.budget.get(user, projectId);
  }

  @Put('budget')
  @ApiOperation({ summary: "Edit the budget's lines, with a reason (coordinators of the programme)" })
  @Authenticated({ permission: 'projects:manage' })
  @ZodResponse({ type: ProjectBudgetDto })
  edit(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Body() body: UpdateBudgetDto) {
    return this.budget.edit(user, projectId, body);
  }

  @Get('budget-changes')
  @ApiOperation({ summary: "The project's budget change requests, newest first" })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: BudgetChangeListDto })
  listChanges(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Query() query: BudgetChangeListQueryDto) {
    return this.changes.list(user, projectId, query);
  }

  @Post('budget-changes')
  @ApiOperation({ summary: 'File a budget change request (members of the grantee organisation)' })
  @Authenticated({ permission: 'projects:grantee' })
  @ZodResponse({ type: BudgetChangeDto, status: 201 })
  requestChange(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Body() body: CreateBudgetChangeDto) {
    return this.changes.create(user, projectId, body);
  }

  @Post('budget-changes/:changeId/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve or reject a budget change request (coordinators), or withdraw it (the grantee)' })
  @Authenticated({ permission: ['projects:manage', 'projects:grantee'] })
  @ZodResponse({ type: BudgetChangeDto, status: 200 })
  decideChange(@CurrentUser() user: Principal, @Param('id', id) projectId: string, @Param('changeId', id) changeId: string, @Body() body: BudgetChangeTransitionDto) {
    return this.changes.transition(user, projectId, changeId, body);
  }
}
