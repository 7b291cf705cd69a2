import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
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
    return { items: (await this.calls.listOpen()).map(toPublicCallResponse) };
  }

  @Get(':id')
  @Public()
  @ZodResponse({ type: PublicCallDto })
  async get(@Param('id', new ParseUUIDPipe({ version: '4' })) id: string) {
    return toPublicCallResponse(await this.calls.getPublic(id));
  }
}
