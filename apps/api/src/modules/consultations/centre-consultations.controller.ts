import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../../common/auth/authenticated.decorator';
import { Problems } from '../../common/problem/problem.exception';
import { ResourceCentresRepository } from '../resource-centres';
import { SlotListDto, SlotListQueryDto } from './consultations.dto';
import { ConsultationSlotsService } from './consultation-slots.service';

/** The centre page's consultation part: free in-person slots at the centre (public, no contact details). */
@ApiTags('consultations')
@Controller('public/resource-centres')
export class CentreConsultationsController {
  constructor(
    private readonly slots: ConsultationSlotsService,
    private readonly centres: ResourceCentresRepository,
  ) {}

  @Get(':id/consultation-slots')
  @Public()
  @ZodResponse({ type: SlotListDto })
  async list(@Param('id', new ParseUUIDPipe({ version: '4' })) centreId: string, @Query() query: SlotListQueryDto) {
    if (!(await this.centres.exists(centreId))) throw Problems.notFound();
    return this.slots.listFree({ ...query, resourceCentreId: centreId });
  }
}
