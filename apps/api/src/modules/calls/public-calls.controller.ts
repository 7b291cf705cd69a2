import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { resourceIdPipe } from '../../common/http/resource-id.pipe';
import { Public } from '../../common/auth/authenticated.decorator';
import { CallsService } from './calls.service';
import { toPublicCallResponse } from './calls.mapper';
import { PublicCallDto, PublicCallListDto } from './calls.dto';

@ApiTags('public')
@Controller('public/calls')
export class PublicCallsController {
  constructor(private readonly calls: CallsService) {}

  @Get()
  @Public()
  @ZodResponse({ type: PublicCallListDto })
  async listOpen() {
    const { open, upcoming } = await this.calls.listPublic();
    return { items: open.map(toPublicCallResponse), upcoming: upcoming.map(toPublicCallResponse) };
  }

  @Get(':id')
  @Public()
  @ZodResponse({ type: PublicCallDto })
  async get(@Param('id', resourceIdPipe()) id: string) {
    return toPublicCallResponse(await this.calls.getPublic(id));
  }
}
