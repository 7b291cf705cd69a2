import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AgreementController } from './agreement/agreement.controller';
import { AgreementRepository } from './agreement/agreement.repository';
import { AgreementService } from './agreement/agreement.service';
import { ProjectAccess } from './project-access';
import { ProjectCreation } from './project-creation';
import { ProjectStaffNotices } from './project-staff-notices';
import { ProjectTimelineService } from './project-timeline.service';
import { ProjectsController } from './projects.controller';
import { ProjectsRepository } from './projects.repository';
import { ProjectsService } from './projects.service';
import { TranchesService } from './tranches.service';

/** Funded projects: created from awards, agreement data, payment tranches and the project workflow. */
@Module({
  imports: [ApplicationAccessModule, AttachmentsModule],
  controllers: [ProjectsController, AgreementController],
  providers: [ProjectTimelineService, ProjectsRepository, AgreementRepository, AgreementService, ProjectAccess, ProjectCreation, ProjectsService, TranchesService, ProjectStaffNotices],
  exports: [ProjectCreation, ProjectAccess, ProjectsRepository, ProjectStaffNotices],
})
export class ProjectsModule {}
