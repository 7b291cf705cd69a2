import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { AgendaDto, AgendaQueryDto, PublishSlotsDto, PublishSlotsResultDto, SlotListDto, SlotListQueryDto } from './consultations.dto';
import { toSlotResponse } from './consultations.mapper';
import { ConsultationSlotsService } from './consultation-slots.service';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('consultations')
@Controller('consultations')
export class ConsultationSlotsController {
  constructor(private readonly slots: ConsultationSlotsService) {}

  /** One-off (weeks: 1) or weekly availability of the signed-in consultant, in Riga wall-clock time. */
  @Post('slots')
  @Authenticated({ permission: 'consultations:host' })
  @ZodResponse({ type: PublishSlotsResultDto, status: 201 })
  async publish(@CurrentUser() user: Principal, @Body() body: PublishSlotsDto) {
    return { items: (await this.slots.publish(user, body)).map(toSlotResponse) };
  }

  /** Free future slots, soonest first. */
  @Get('slots')
  @Authenticated({ permission: ['consultations:book', 'consultations:host', 'consultations:manage'] })
  @ZodResponse({ type: SlotListDto })
  list(@Query() query: SlotListQueryDto) {
    return this.slots.listFree(query);
  }

  /** The slot's consultant (or a coordinator) withdraws a free slot. */
  @Delete('slots/:id')
  @HttpCode(204)
  @Authenticated({ permission: ['consultations:host', 'consultations:manage'] })
  async withdraw(@CurrentUser() user: Principal, @Param('id', id) slotId: string) {
    await this.slots.withdraw(user, slotId);
  }

  /** The signed-in consultant's day or week: slots with their bookings and notes. */
  @Get('agenda')
  @Authenticated({ permission: 'consultations:host' })
  @ZodResponse({ type: AgendaDto })
  agenda(@CurrentUser() user: Principal, @Query() query: AgendaQueryDto) {
    return this.slots.agenda(user, query);
  }
}
