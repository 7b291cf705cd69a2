import { Inject, Injectable } from '@nestjs/common';
import { ZEligibilityAutoResult, ZFormDefinition, type TAnswers, type TEligibilityAutoResult, type TOrganisationType } from '@kopa/shared';
import { z } from 'zod';
import { Clock } from '../../common/clock/clock';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { allChecksPassed, runEligibilityChecks } from './eligibility-checks';
import { EligibilityRepository, type EligibilityApplication } from './eligibility.repository';

/** How many stale applications one list request brings up to date. */
const REFRESH_BATCH = 500;

/** Runs the automatic checks of an application and stores them (EligibilityCheck.autoResults). */
@Injectable()
export class EligibilityResults {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(EligibilityRepository) private readonly repository: EligibilityRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async compute(application: EligibilityApplication, tx: Tx | PrismaService = this.prisma): Promise<TEligibilityAutoResult[]> {
    // The checks judge what was submitted: the latest revision, not answers being clarified.
    const revision = application.revisions[0];
    const formVersion = revision?.formVersion ?? application.formVersion;
    const form = await this.repository.findFormDefinition(application.callId, formVersion, tx);
    if (!form) throw new Error(`form ${application.callId} v${formVersion} is missing`);
    const { call } = application;
    const results = runEligibilityChecks({
      call: {
        eligibleOrganisationTypes: call.eligibleOrganisationTypes as TOrganisationType[],
        eligibleMunicipalityCodes: call.eligibleMunicipalityCodes,
        minAwardCents: Number(call.minAwardCents),
        maxAwardCents: Number(call.maxAwardCents),
        ownContributionPercent: call.ownContributionPercent,
      },
      organisation: { type: application.organisation.type as TOrganisationType, municipalityCode: application.organisation.municipalityCode },
      form: ZFormDefinition.parse(form.definition),
      answers: (revision?.answers ?? application.answers) as TAnswers,
      attachments: application.attachments,
    });
    await this.repository.saveAutoResults(tx, application.id, results, allChecksPassed(results), this.clock.now());
    return results;
  }

  /** Brings the call's stale submitted applications up to date, so lists filter on fresh results. */
  async refreshCall(callId: string): Promise<void> {
    for (const id of await this.repository.staleSubmittedIds(callId, REFRESH_BATCH)) {
      const application = await this.repository.findApplication(id);
      if (application) await this.compute(application);
    }
  }

  /** Stored results as they are (rows written by older code that do not parse read as none). */
  static stored(value: unknown): TEligibilityAutoResult[] {
    return z.array(ZEligibilityAutoResult).catch([]).parse(value);
  }
}
