import { Module } from '@nestjs/common';
import { StorageModule } from '../attachments/storage/storage.module';
import { TableExportProducersModule } from './table-export-producers.module';
import { TableExportsController } from './table-exports.controller';
import { TableExportsRepository } from './table-exports.repository';
import { TableExportsService } from './table-exports.service';

/** List exports in the API: asking for one, following it, downloading it. */
@Module({
  imports: [TableExportProducersModule, StorageModule],
  controllers: [TableExportsController],
  providers: [TableExportsService, TableExportsRepository],
})
export class TableExportsModule {}
