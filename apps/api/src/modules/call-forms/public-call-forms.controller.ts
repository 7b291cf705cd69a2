import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { Public } from '../../common/auth/authenticated.decorator';
import { CallFormsService } from './call-forms.service';
import { toPublicCallFormResponse } from './call-forms.mapper';
import { PublicCallFormDto } from './call-forms.dto';

/** "What will be asked": the latest form of a published call, for anyone. */
@ApiTags('public')
@Controller('public/calls/:id/form')
export class PublicCallFormsController {
  constructor(private readonly forms: CallFormsService) {}

  @Get()
  @Public()
  @ZodResponse({ type: PublicCallFormDto })
  async latest(@Param('id', resourceIdPipe()) callId: string) {
    return toPublicCallFormResponse(await this.forms.latestPublic(callId));
  }
}
