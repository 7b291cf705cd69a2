import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { CallApplicationsExportModule } from '../applications/call-applications-export.module';
import { DecisionExportsModule } from '../decisions/exports/exports.module';
import { ProjectExportsModule } from '../projects/project-exports.module';
import { TableExportProducers } from './table-export-producers';

/** The list exports' writers without the feature modules' HTTP side: the API and the worker both import it. */
@Module({
  imports: [ApplicationAccessModule, CallApplicationsExportModule, DecisionExportsModule, ProjectExportsModule],
  providers: [TableExportProducers],
  exports: [TableExportProducers],
})
export class TableExportProducersModule {}
