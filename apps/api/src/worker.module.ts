import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ConfigModule } from './config/config.module';
import type { AppConfig } from './config/env.schema';
import { loggerOptions } from './common/http/logger-options';
import { PrismaModule } from './prisma/prisma.module';
import { EmailProcessor } from './jobs/email.processor';
import { EmailSender } from './jobs/email.sender';
import { OutboxRepository } from './jobs/outbox.repository';
import { QueueWorkers } from './jobs/queue-workers';
import { ReceiptWorkerModule } from './modules/applications/receipt/receipt-worker.module';
import { ClockModule } from './common/clock/clock';
import { RetentionProcessor } from './modules/personal-data/retention.processor';
import { RetentionService } from './modules/personal-data/retention.service';
import { ConsultationsWorkerModule } from './modules/consultations/consultations-worker.module';
import { EventsWorkerModule } from './modules/events/events-worker.module';
import { TableExportsWorkerModule } from './modules/table-exports/table-exports-worker.module';
import { ProjectReportsWorkerModule } from './modules/project-reports/project-reports-worker.module';

/**
 * The background worker: the same configuration, logging and database modules as the API,
 * no HTTP. Every provider marked @JobProcessor gets a BullMQ Worker; add a feature's
 * processor to `providers` (or import the feature module that provides it).
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), LoggerModule.forRoot(loggerOptions(config)), PrismaModule, DiscoveryModule, ReceiptWorkerModule, ClockModule, ConsultationsWorkerModule, EventsWorkerModule, ProjectReportsWorkerModule, TableExportsWorkerModule],
      providers: [OutboxRepository, EmailSender, EmailProcessor, QueueWorkers, RetentionService, RetentionProcessor],
    };
  }
}
