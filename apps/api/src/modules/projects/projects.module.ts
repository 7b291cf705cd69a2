import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { ProjectAccess } from './project-access';
import { ProjectCreation } from './project-creation';
import { ProjectsController } from './projects.controller';
import { ProjectsRepository } from './projects.repository';
import { ProjectsService } from './projects.service';
import { TranchesService } from './tranches.service';

/** Funded projects: created from awards, agreement data, payment tranches and the project workflow. */
@Module({
  imports: [ApplicationAccessModule],
  controllers: [ProjectsController],
  providers: [ProjectsRepository, ProjectAccess, ProjectCreation, ProjectsService, TranchesService],
  exports: [ProjectCreation, ProjectAccess, ProjectsRepository],
})
export class ProjectsModule {}
