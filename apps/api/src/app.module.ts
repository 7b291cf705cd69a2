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
import { REDIS } from './jobs/redis.provider';
import type { Redis } from 'ioredis';
import { rateLimitOptions, RedisThrottlerStorage } from './common/http/rate-limit';
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
import { PersonalDataModule } from './modules/personal-data/personal-data.module';
import { ReviewsModule } from './modules/reviews/reviews.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { EligibilityModule } from './modules/eligibility/eligibility.module';
import { TableExportsModule } from './modules/table-exports/table-exports.module';
import { DecisionsModule } from './modules/decisions/decisions.module';
import { WorkspaceModule } from './modules/workspace/workspace.module';
import { AdminModule } from './modules/admin/admin.module';
import { ProjectsModule } from './modules/projects';
import { ProjectBudgetsModule } from './modules/project-budgets';
import { ProjectReportsModule } from './modules/project-reports';
import { ResourceCentresModule } from './modules/resource-centres/resource-centres.module';
import { ConsultationsModule } from './modules/consultations/consultations.module';
import { EventsModule } from './modules/events/events.module';

/** The HTTP application: every feature module plus the global pipe, filter and guards. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        ThrottlerModule.forRootAsync({
          inject: [REDIS],
          useFactory: (redis: Redis) => rateLimitOptions(new RedisThrottlerStorage(redis, config.QUEUE_PREFIX), config.WRITE_RATE_LIMIT_PER_MINUTE),
        }),
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
        PersonalDataModule,
        ReviewsModule,
        NotificationsModule,
        EligibilityModule,
        DecisionsModule,
        WorkspaceModule,
        AdminModule,
        ProjectsModule,
        ProjectBudgetsModule,
        ProjectReportsModule,
        ResourceCentresModule,
        ConsultationsModule,
        EventsModule,
        TableExportsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Order matters: CSRF, then who-may-call-what, then the rate limit (keyed per user, so it needs the user).
        { provide: APP_GUARD, useClass: CsrfGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_GUARD, useClass: ThrottlerGuard },
      ],
    };
  }
}
