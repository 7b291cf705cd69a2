import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CheckedResponse } from '../../common/http/checked-response.decorator';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { Public } from '../../common/auth/authenticated.decorator';
import { CallFormsService } from './call-forms.service';
import { PublicCallFormDto } from './call-forms.dto';

/** "What will be asked": the latest form of a published call, for anyone. */
@ApiTags('public')
@Controller('public/calls/:id/form')
export class PublicCallFormsController {
  constructor(private readonly forms: CallFormsService) {}

  @Get()
  @Public()
  @CheckedResponse(PublicCallFormDto)
  latest(@Param('id', resourceIdPipe()) callId: string) {
    return this.forms.latestPublic(callId);
  }
}
