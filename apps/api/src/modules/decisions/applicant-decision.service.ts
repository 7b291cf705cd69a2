import { Injectable } from '@nestjs/common';
import type { TApplicantDecisionResponse } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { DecisionsRepository } from './decisions.repository';
import { FeedbackService } from './feedback.service';

/** What members of the applying organisation see of the decision, once its letter was sent. */
@Injectable()
export class ApplicantDecisionService {
  constructor(
    private readonly repository: DecisionsRepository,
    private readonly feedback: FeedbackService,
  ) {}

  async get(principal: Principal, applicationId: string): Promise<TApplicantDecisionResponse> {
    const application = await this.repository.findApplication(applicationId);
    if (!application || !(await this.repository.findMembership(application.organisationId, principal.id))) throw Problems.notFound();
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
