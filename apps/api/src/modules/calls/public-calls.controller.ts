import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CheckedResponse } from '../../common/http/checked-response.decorator';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { Public } from '../../common/auth/authenticated.decorator';
import { CallsService } from './calls.service';
import { PublicCallDto, PublicCallListDto } from './calls.dto';

@ApiTags('public')
@Controller('public/calls')
export class PublicCallsController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @Public()
  @CheckedResponse(PublicCallListDto)
  listOpen() {
    return this.calls.publicListResponse();
  }

  @Get(':id')
  @Public()
  @CheckedResponse(PublicCallDto)
  get(@Param('id', resourceIdPipe()) id: string) {
    return this.calls.publicCallResponse(id);
  }
}
