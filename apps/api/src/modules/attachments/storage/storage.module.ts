import { Module } from '@nestjs/common';
import { join, resolve } from 'node:path';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/env.schema';
import { LocalDiskStorage } from './local-disk.storage';
import { STORAGE_DRIVER } from './storage.driver';

/** `<repo>/.data/uploads`, from src/ and dist/ alike (both sit at apps/api/<dir>/modules/attachments/storage). */
export const DEFAULT_STORAGE_DIR = join(resolve(__dirname, '../../../../../..'), '.data', 'uploads');

/** Where files live (attachments, finished exports): the API and the worker share it. */
@Module({
  providers: [
    {
      provide: STORAGE_DRIVER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalDiskStorage(config.STORAGE_DIR ?? DEFAULT_STORAGE_DIR),
    },
  ],
  exports: [STORAGE_DRIVER],
})
export class StorageModule {}
