import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env.schema';
import { loggerOptions } from './common/http/logger-options';
import { ProblemFilter } from './common/problem/problem.filter';
import { CsrfGuard } from './common/auth/csrf.guard';
import { AccessGuard } from './common/auth/access.guard';
import { AuditModule } from './common/audit/audit.module';
import { ClockModule } from './common/clock/clock';
import { PrismaModule } from './prisma/prisma.module';
import { RedisModule } from './jobs/redis.module';
import { JobsModule } from './jobs/jobs.module';
import { HealthModule } from './modules/health/health.module';
import { AuthModule } from './modules/auth/auth.module';
import { ReferenceModule } from './modules/reference/reference.module';
import { CallsModule } from './modules/calls/calls.module';
import { CallFormsModule } from './modules/call-forms/call-forms.module';
import { AuditLogModule } from './modules/audit/audit-log.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { ApplicationsModule } from './modules/applications/applications.module';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { WorkspaceModule } from './modules/workspace/workspace.module';
import { AdminModule } from './modules/admin/admin.module';

/** The HTTP application: every feature module plus the global pipe, filter and guards. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: 600 }] }),
        PrismaModule,
        RedisModule,
        AuditModule,
        ClockModule,
        JobsModule,
        HealthModule,
        AuthModule,
        ReferenceModule,
        CallsModule,
        CallFormsModule,
        AuditLogModule,
        OrganisationsModule,
        ApplicationsModule,
        AttachmentsModule,
        WorkspaceModule,
        AdminModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Order matters: rate limit first, then CSRF, then who-may-call-what.
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
