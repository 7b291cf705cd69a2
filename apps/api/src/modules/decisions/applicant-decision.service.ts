import { Injectable } from '@nestjs/common';
import type { TApplicantDecisionResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { DecisionApplications } from './decision-applications';
import { FeedbackService } from './feedback.service';

/** What members of the applying organisation see of the decision, once its letter was sent. */
@Injectable()
export class ApplicantDecisionService {
  constructor(
    private readonly applications: DecisionApplications,
    private readonly feedback: FeedbackService,
  ) {}

  async get(principal: Principal, applicationId: string): Promise<TApplicantDecisionResponse> {
    const application = await this.applications.forMember(principal, applicationId);
    const decision = application.decision;
    // Before the letters go out a decision may still change: the applicant learns it from the letter first.
    if (!decision?.letterQueuedAt) throw Problems.notFound('No decision has been announced yet.');
    const feedback = decision.feedbackEnabled ? (await this.feedback.forApplications(application.callId, [applicationId])).get(applicationId)! : null;
    return {
      kind: decision.kind,
      amountCents: decision.amountCents === null ? null : Number(decision.amountCents),
      rationale: decision.rationale,
      decidedAt: decision.decidedAt.toISOString(),
      feedback,
    };
  }
}
