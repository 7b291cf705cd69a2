import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { ApplicationsRepository } from './applications.repository';
import { CallApplicationsExportService } from './call-applications-export.service';

/** The writer of a call's applications list as a file, for the list exports (API and worker). */
@Module({
  imports: [ApplicationAccessModule],
  providers: [CallApplicationsExportService, ApplicationsRepository],
  exports: [CallApplicationsExportService],
})
export class CallApplicationsExportModule {}
