import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { ZodResponse } from 'nestjs-zod';
import { DECISION_KINDS, type TDecisionKind } from '@kopa/shared';
import { Authenticated } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { LettersService } from './letters.service';
import { LetterPreviewDto, LetterPreviewRequestDto, LetterTemplateDto, LetterTemplateListDto, SaveLetterTemplateDto, SendLettersResultDto } from './decisions.dto';

const id = new ParseUUIDPipe({ version: '4' });
const kind = new ParseEnumPipe(Object.fromEntries(DECISION_KINDS.map((value) => [value, value])));

@ApiTags('decisions')
@Controller('calls/:callId')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Get('letter-templates')
  @Authenticated({ permission: 'decisions:manage' })
  @ZodResponse({ type: LetterTemplateListDto })
  list(@CurrentUser() user: Principal, @Param('callId', id) callId: string) {
    return this.letters.list(user, callId);
  }

  @Put('letter-templates/:kind')
  @ApiParam({ name: 'kind', enum: DECISION_KINDS })
  @Authenticated({ permission: 'decisions:manage' })
  @ZodResponse({ type: LetterTemplateDto })
  save(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Param('kind', kind) decisionKind: TDecisionKind, @Body() body: SaveLetterTemplateDto) {
    return this.letters.save(user, callId, decisionKind, body);
  }

  /** Back to the built-in letter. */
  @Delete('letter-templates/:kind')
  @ApiParam({ name: 'kind', enum: DECISION_KINDS })
  @Authenticated({ permission: 'decisions:manage' })
  @ZodResponse({ type: LetterTemplateDto })
  reset(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Param('kind', kind) decisionKind: TDecisionKind) {
    return this.letters.reset(user, callId, decisionKind);
  }

  @Post('letters/preview')
  @HttpCode(200)
  @Authenticated({ permission: 'decisions:manage' })
  @ZodResponse({ type: LetterPreviewDto, status: 200 })
  preview(@CurrentUser() user: Principal, @Param('callId', id) callId: string, @Body() body: LetterPreviewRequestDto) {
    return this.letters.preview(user, callId, body);
  }

  /** Mails every applicant of the call: a tight limit on top of the letters' own exactly-once rule. */
  @Post('letters/send')
  @HttpCode(200)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @Authenticated({ permission: 'decisions:manage' })
  @ZodResponse({ type: SendLettersResultDto, status: 200 })
  send(@CurrentUser() user: Principal, @Param('callId', id) callId: string) {
    return this.letters.send(user, callId);
  }
}
