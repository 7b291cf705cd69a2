import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { ZCsrfResponse } from '@kopa/shared';
import { Public } from '../../common/auth/authenticated.decorator';

class CsrfDto extends createZodDto(ZCsrfResponse) {}

@ApiTags('auth')
@Controller('auth')
export class CsrfController {
  /** Issues a token for the x-csrf-token header and (re)sets the secret cookie it is checked against. */
  @Get('csrf')
  @Public()
  @ZodResponse({ type: CsrfDto })
  csrf(@Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('cache-control', 'no-store');
    return { token: reply.generateCsrf() };
  }
}
