import { Module } from '@nestjs/common';
import { EligibilityController } from './eligibility.controller';
import { EligibilityRepository } from './eligibility.repository';
import { EligibilityAccess } from './eligibility-access';
import { EligibilityResults } from './eligibility-results';
import { EligibilityService } from './eligibility.service';
import { EligibilityDecisionsService } from './eligibility-decisions.service';

/** Eligibility of submitted applications: automatic checks, the call's checklist, outcomes. */
@Module({
  controllers: [EligibilityController],
  providers: [EligibilityRepository, EligibilityAccess, EligibilityResults, EligibilityService, EligibilityDecisionsService],
})
export class EligibilityModule {}
