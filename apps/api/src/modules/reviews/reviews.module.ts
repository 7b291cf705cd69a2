import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ApplicationAccessModule } from '../application-access';
import { ReviewManagementController } from './review-management.controller';
import { ReviewerPoolController } from './reviewer-pool.controller';
import { ReviewerWorkController } from './reviewer-work.controller';
import { ReviewSettingsRepository } from './review-settings.repository';
import { ReviewSettingsService } from './review-settings.service';
import { ReviewerPoolRepository } from './reviewer-pool.repository';
import { ReviewerPoolService } from './reviewer-pool.service';
import { ReviewAssignmentsRepository } from './review-assignments.repository';
import { ReviewAssignmentsService } from './review-assignments.service';
import { ReviewAssignmentWriter } from './review-assignment.writer';
import { ReviewerWorkRepository } from './reviewer-work.repository';
import { ReviewerWorkService } from './reviewer-work.service';

/** Rubric and review settings, reviewer pool and invitations, assignment, the reviewer's work. */
@Module({
  imports: [AuthModule, AttachmentsModule, ApplicationAccessModule],
  controllers: [ReviewManagementController, ReviewerPoolController, ReviewerWorkController],
  providers: [
    ReviewSettingsRepository,
    ReviewSettingsService,
    ReviewerPoolRepository,
    ReviewerPoolService,
    ReviewAssignmentsRepository,
    ReviewAssignmentsService,
    ReviewAssignmentWriter,
    ReviewerWorkRepository,
    ReviewerWorkService,
  ],
})
export class ReviewsModule {}
