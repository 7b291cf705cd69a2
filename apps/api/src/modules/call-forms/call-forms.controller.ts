import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ZVersionParam } from '@kopa/shared';
import { ZodParamPipe } from '../../common/http/zod-param.pipe';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { CallFormsService, type CallFormView } from './call-forms.service';
import { toCallFormResponse } from './call-forms.mapper';
import { CallFormDto, SaveCallFormDto } from './call-forms.dto';

const id = resourceIdPipe();
const toResponse = (view: CallFormView) => toCallFormResponse(view.form, view.locked, view.versions);

@ApiTags('call-forms')
@Controller('calls/:id/form')
export class CallFormsController {
  constructor(private readonly forms: CallFormsService) {}

  @Get()
  @Authenticated({ permission: 'calls:read-all' })
  @ZodResponse({ type: CallFormDto })
  async latest(@CurrentUser() user: Principal, @Param('id', id) callId: string) {
    return toResponse(await this.forms.latest(user, callId));
  }

  @Get('versions/:version')
  @Authenticated({ permission: 'calls:read-all' })
  @ZodResponse({ type: CallFormDto })
  async version(
    @CurrentUser() user: Principal,
    @Param('id', id) callId: string,
    @Param('version', new ZodParamPipe(ZVersionParam)) version: number,
  ) {
    return toResponse(await this.forms.version(user, callId, version));
  }

  @Put()
  @Authenticated({ permission: 'calls:manage' })
  @ZodResponse({ type: CallFormDto })
  async save(@CurrentUser() user: Principal, @Param('id', id) callId: string, @Body() body: SaveCallFormDto) {
    return toResponse(await this.forms.save(user, callId, body));
  }
}
