import { Module } from '@nestjs/common';
import { ApplicationAccessModule } from '../application-access';
import { EligibilityController } from './eligibility.controller';
import { EligibilityRepository } from './eligibility.repository';
import { EligibilityApplications } from './eligibility-applications';
import { EligibilityResults } from './eligibility-results';
import { EligibilityService } from './eligibility.service';
import { EligibilityDecisionsService } from './eligibility-decisions.service';

/** Eligibility of submitted applications: automatic checks, the call's checklist, outcomes. */
@Module({
  imports: [ApplicationAccessModule],
  controllers: [EligibilityController],
  providers: [EligibilityRepository, EligibilityApplications, EligibilityResults, EligibilityService, EligibilityDecisionsService],
})
export class EligibilityModule {}
