import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { ZAccountErasureRequest } from '@kopa/shared';
import { Authenticated, RequiresRecentAuth } from '../../common/auth/authenticated.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import type { Principal } from '../../common/auth/principal';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { clearSessionCookie } from '../auth/auth-cookie';
import { AccountErasureService } from './account-erasure.service';
import { PersonalDataExportService } from './personal-data-export.service';

class AccountErasureDto extends createZodDto(ZAccountErasureRequest) {}

/** The signed-in user's own personal data: download it all, or have the account erased. */
@ApiTags('account')
@Controller('account')
export class PersonalDataController {
  constructor(
    private readonly exports: PersonalDataExportService,
    private readonly erasure: AccountErasureService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('personal-data')
  @Authenticated({ permission: 'account:self' })
  @RequiresRecentAuth()
  @ApiProduces('application/zip')
  async export(@CurrentUser() user: Principal, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const { stream, fileName } = await this.exports.export(user);
    return reply
      .header('content-type', 'application/zip')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(stream);
  }

  @Post('erasure')
  @Authenticated({ permission: 'account:self' })
  @RequiresRecentAuth()
  @HttpCode(204)
  async erase(
    @CurrentUser() user: Principal,
    @Body() body: AccountErasureDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.erasure.erase(user, body.confirmEmail);
    clearSessionCookie(reply, this.config);
  }
}
