import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { CallsService } from './calls.service';
import { toCallResponse } from './calls.mapper';
import { CallDto, CallListDto, CallListQueryDto, CallTransitionDto, CreateCallDto, UpdateCallDto } from './calls.dto';

const id = resourceIdPipe();

@ApiTags('calls')
@Controller('calls')
export class CallsController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @Authenticated({ permission: 'calls:read-all' })
  @ZodResponse({ type: CallListDto })
  async list(@CurrentUser() user: Principal, @Query() query: CallListQueryDto) {
    return { items: (await this.calls.list(user, query.status)).map(toCallResponse) };
  }

  @Get(':id')
  @Authenticated({ permission: 'calls:read-all' })
  @ZodResponse({ type: CallDto })
  async get(@CurrentUser() user: Principal, @Param('id', id) callId: string) {
    return toCallResponse(await this.calls.get(user, callId));
  }

  @Post()
  @Authenticated({ permission: 'calls:manage' })
  @ZodResponse({ type: CallDto, status: 201 })
  async create(@CurrentUser() user: Principal, @Body() body: CreateCallDto) {
    return toCallResponse(await this.calls.create(user, body));
  }

  @Put(':id')
  @Authenticated({ permission: 'calls:manage' })
  @ZodResponse({ type: CallDto })
  async update(@CurrentUser() user: Principal, @Param('id', id) callId: string, @Body() body: UpdateCallDto) {
    return toCallResponse(await this.calls.update(user, callId, body));
  }

  @Post(':id/clone')
  @Authenticated({ permission: 'calls:manage' })
  @ZodResponse({ type: CallDto, status: 201 })
  async clone(@CurrentUser() user: Principal, @Param('id', id) callId: string) {
    return toCallResponse(await this.calls.clone(user, callId));
  }

  @Post(':id/publish')
  @Authenticated({ permission: 'calls:manage' })
  @ZodResponse({ type: CallDto, status: 200 })
  async publish(@CurrentUser() user: Principal, @Param('id', id) callId: string, @Body() body: CallTransitionDto) {
    return toCallResponse(await this.calls.transition(user, callId, 'publish', body.version));
  }

  @Post(':id/close')
  @Authenticated({ permission: 'calls:manage' })
  @ZodResponse({ type: CallDto, status: 200 })
  async close(@CurrentUser() user: Principal, @Param('id', id) callId: string, @Body() body: CallTransitionDto) {
    return toCallResponse(await this.calls.transition(user, callId, 'close', body.version));
  }
}
