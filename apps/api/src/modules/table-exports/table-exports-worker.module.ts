import { Module } from '@nestjs/common';
import { StorageModule } from '../attachments/storage/storage.module';
import { TableExportProcessor } from './table-export.processor';
import { TableExportProducersModule } from './table-export-producers.module';
import { TableExportWriter } from './table-export-writer';
import { TableExportsRepository } from './table-exports.repository';

/** List exports in the worker: writing the files and removing expired ones. */
@Module({
  imports: [TableExportProducersModule, StorageModule],
  providers: [TableExportsRepository, TableExportWriter, TableExportProcessor],
})
export class TableExportsWorkerModule {}
