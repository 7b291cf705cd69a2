import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { ProjectExportsService } from './project-exports.service';
import { ProjectsRepository } from './projects.repository';

/** The writers of a call's projects, payments and reports as files, for the list exports (API and worker). */
@Module({
  imports: [ApplicationAccessModule],
  providers: [ProjectExportsService, ProjectsRepository],
  exports: [ProjectExportsService],
})
export class ProjectExportsModule {}
