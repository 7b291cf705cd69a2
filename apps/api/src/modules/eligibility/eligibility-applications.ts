import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { EligibilityRepository, type EligibilityApplication } from './eligibility.repository';

/**
 * Eligibility's own rows of one application, loaded once the application gate admitted the
 * caller (staff of the call's programme; members for the applicant's view). Who may is
 * decided there, not here.
 */
@Injectable()
export class EligibilityApplications {
  constructor(
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(EligibilityRepository) private readonly repository: EligibilityRepository,
  ) {}

  async forStaff(principal: Principal, id: string): Promise<EligibilityApplication> {
    await this.gate.applicationForStaff(principal, id);
    return this.load(id);
  }

  /** Checks the caller, then locks the application for the rest of the transaction. */
  async lockForStaff(tx: Tx, principal: Principal, id: string): Promise<EligibilityApplication> {
    await this.gate.lockApplicationForStaff(tx, principal, id);
    return this.load(id, tx);
  }

  /** Members of the applying organisation (the applicant's view of the outcome). */
  async forMember(principal: Principal, id: string): Promise<EligibilityApplication> {
    await this.gate.applicationForMember(principal, id);
    return this.load(id);
  }

  private async load(id: string, tx?: Tx): Promise<EligibilityApplication> {
    const application = await this.repository.findApplication(id, tx);
    if (!application) throw Problems.notFound();
    return application;
  }
}
