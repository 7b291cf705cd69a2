import { Module } from '@nestjs/common';
import { join, resolve } from 'node:path';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { ApplicationAccessModule } from '../application-access';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { LocalDiskStorage } from './storage/local-disk.storage';
import { STORAGE_DRIVER } from './storage/storage.driver';

/** `<repo>/.data/uploads`, from src/ and dist/ alike (both sit at apps/api/<dir>/modules/attachments). */
export const DEFAULT_STORAGE_DIR = join(resolve(__dirname, '../../../../..'), '.data', 'uploads');

@Module({
  imports: [ApplicationAccessModule],
  controllers: [AttachmentsController],
  providers: [
    AttachmentsService,
    AttachmentsRepository,
    {
      provide: STORAGE_DRIVER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.STORAGE_DIR ?? DEFAULT_STORAGE_DIR),
    },
  ],
  exports: [STORAGE_DRIVER, AttachmentsService],
})
export class AttachmentsModule {}
