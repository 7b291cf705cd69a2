import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { AcceptInvitationDto, OrganisationDto } from './organisations.dto';
import { toOrganisationResponse } from './organisations.mapper';
import { InvitationsService } from './invitations.service';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Answers with the organisation just joined. */
  @Post('accept')
  @HttpCode(200)
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: OrganisationDto, status: 200 })
  async accept(@CurrentUser() user: Principal, @Body() body: AcceptInvitationDto) {
    const organisationId = await this.invitations.accept(user, body.token);
    const { organisation, role } = await this.organisations.get(user, organisationId);
    return toOrganisationResponse(organisation, role);
  }
}
