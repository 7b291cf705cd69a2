import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { CreateOrganisationDto, OrganisationDto, OrganisationListDto, OrganisationSearchDto, OrganisationSearchQueryDto, UpdateOrganisationDto } from './organisations.dto';
import { toOrganisationResponse } from './organisations.mapper';
import { OrganisationsService } from './organisations.service';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Post()
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: OrganisationDto, status: 201 })
  async create(@CurrentUser() user: Principal, @Body() body: CreateOrganisationDto) {
    return toOrganisationResponse(await this.organisations.create(user, body), 'owner');
  }

  /** Programme staff look organisations up by part of the name or the registration number (e.g. to book a consultation for one). */
  @Get()
  @Authenticated({ permission: 'organisations:read-all' })
  @ZodResponse({ type: OrganisationSearchDto })
  search(@Query() query: OrganisationSearchQueryDto) {
    return this.organisations.search(query);
  }

  @Get('mine')
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: OrganisationListDto })
  async mine(@CurrentUser() user: Principal) {
    const rows = await this.organisations.mine(user);
    return { items: rows.map((row) => toOrganisationResponse(row.organisation, row.role)) };
  }

  /** Members and programme staff (organisations:read-all) read it; to anyone else it does not exist (404). */
  @Get(':id')
  @Authenticated({ permission: ['organisations:use', 'organisations:read-all'] })
  @ZodResponse({ type: OrganisationDto })
  async get(@CurrentUser() user: Principal, @Param('id', id) organisationId: string) {
    const { organisation, role } = await this.organisations.get(user, organisationId);
    return toOrganisationResponse(organisation, role);
  }

  @Put(':id')
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: OrganisationDto })
  async update(@CurrentUser() user: Principal, @Param('id', id) organisationId: string, @Body() body: UpdateOrganisationDto) {
    return toOrganisationResponse(await this.organisations.update(user, organisationId, body), 'owner');
  }
}
