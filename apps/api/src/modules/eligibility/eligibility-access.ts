import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { EligibilityRepository, type EligibilityApplication, type EligibilityCall } from './eligibility.repository';

/**
 * Who may run eligibility: the route demands `eligibility:manage`; here, only staff of the
 * call's programme. Anyone else gets 404, so ids reveal nothing.
 */
@Injectable()
export class EligibilityAccess {
  constructor(@Inject(EligibilityRepository) private readonly repository: EligibilityRepository) {}

  async call(principal: Principal, callId: string): Promise<EligibilityCall> {
    const call = await this.repository.findCall(callId);
    if (!call || !(await this.repository.isProgrammeStaff(call.programmeId, principal.id))) throw Problems.notFound();
    return call;
  }

  async application(principal: Principal, id: string): Promise<EligibilityApplication> {
    const application = await this.repository.findApplication(id);
    if (!application || !(await this.repository.isProgrammeStaff(application.call.programmeId, principal.id))) throw Problems.notFound();
    return application;
  }

  /** Locks the application for the rest of the transaction, then checks the caller. */
  async lockApplication(tx: Tx, principal: Principal, id: string): Promise<EligibilityApplication> {
    const application = await this.repository.lockApplication(tx, id);
    if (!application || !(await this.repository.isProgrammeStaff(application.call.programmeId, principal.id))) throw Problems.notFound();
    return application;
  }

  /** Members of the applying organisation (the applicant's view of the outcome). */
  async applicationForMember(principal: Principal, id: string): Promise<EligibilityApplication> {
    const application = await this.repository.findApplication(id);
    if (!application || !(await this.repository.isMember(application.organisationId, principal.id))) throw Problems.notFound();
    return application;
  }
}
