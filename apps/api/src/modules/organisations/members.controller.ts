import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { InvitationDto, InvitationListDto, InviteMemberDto, MemberDto, MemberListDto, UpdateMemberDto } from './organisations.dto';
import { toInvitationResponse, toMemberResponse } from './organisations.mapper';
import { MembersService } from './members.service';
import { InvitationsService } from './invitations.service';
import { Clock } from '../../common/clock/clock';

const id = new ParseUUIDPipe({ version: '4' });

/** Members and invitations of one organisation. */
@ApiTags('organisations')
@Controller('organisations/:id')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly clock: Clock,
  ) {}

  /** Members and programme staff read it; to anyone else the organisation does not exist (404). */
  @Get('members')
  @Authenticated({ permission: ['organisations:use', 'organisations:read-all'] })
  @ZodResponse({ type: MemberListDto })
  async list(@CurrentUser() user: Principal, @Param('id', id) organisationId: string) {
    return { items: (await this.members.list(user, organisationId)).map(toMemberResponse) };
  }

  @Patch('members/:userId')
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: MemberDto })
  async changeRole(
    @CurrentUser() user: Principal,
    @Param('id', id) organisationId: string,
    @Param('userId', id) userId: string,
    @Body() body: UpdateMemberDto,
  ) {
    return toMemberResponse(await this.members.changeRole(user, organisationId, userId, body.role));
  }

  @Delete('members/:userId')
  @HttpCode(204)
  @Authenticated({ permission: 'organisations:use' })
  async remove(@CurrentUser() user: Principal, @Param('id', id) organisationId: string, @Param('userId', id) userId: string) {
    await this.members.remove(user, organisationId, userId);
  }

  @Get('invitations')
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: InvitationListDto })
  async invitationList(@CurrentUser() user: Principal, @Param('id', id) organisationId: string) {
    const now = this.clock.now();
    return { items: (await this.invitations.list(user, organisationId)).map((row) => toInvitationResponse(row, now)) };
  }

  @Post('invitations')
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: InvitationDto, status: 201 })
  async invite(@CurrentUser() user: Principal, @Param('id', id) organisationId: string, @Body() body: InviteMemberDto) {
    return toInvitationResponse(await this.invitations.invite(user, organisationId, body), this.clock.now());
  }

  @Delete('invitations/:invitationId')
  @HttpCode(204)
  @Authenticated({ permission: 'organisations:use' })
  async revoke(
    @CurrentUser() user: Principal,
    @Param('id', id) organisationId: string,
    @Param('invitationId', id) invitationId: string,
  ) {
    await this.invitations.revoke(user, organisationId, invitationId);
  }
}
