import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { ApproveClaimQueryDto, ClaimDto, ClaimListDto, ClaimListQueryDto, ClaimOrganisationDto } from './organisations.dto';
import { toClaimResponse } from './organisations.mapper';
import { ClaimsService } from './claims.service';

const id = new ParseUUIDPipe({ version: '4' });

@ApiTags('organisations')
@Controller('organisation-claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post()
  @Authenticated({ permission: 'organisations:use' })
  @ZodResponse({ type: ClaimDto, status: 201 })
  async file(@CurrentUser() user: Principal, @Body() body: ClaimOrganisationDto) {
    return toClaimResponse(await this.claims.file(user, body));
  }

  @Get()
  @Authenticated({ permission: 'organisations:review-claims' })
  @ZodResponse({ type: ClaimListDto })
  async list(@Query() query: ClaimListQueryDto) {
    return { items: (await this.claims.list(query.status)).map(toClaimResponse) };
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Authenticated({ permission: 'organisations:review-claims' })
  @ZodResponse({ type: ClaimDto, status: 200 })
  async approve(@CurrentUser() user: Principal, @Param('id', id) claimId: string, @Query() query: ApproveClaimQueryDto) {
    return toClaimResponse(await this.claims.decide(user, claimId, 'approved', query.previousOwners));
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Authenticated({ permission: 'organisations:review-claims' })
  @ZodResponse({ type: ClaimDto, status: 200 })
  async reject(@CurrentUser() user: Principal, @Param('id', id) claimId: string) {
    return toClaimResponse(await this.claims.decide(user, claimId, 'rejected'));
  }
}
