import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { DecisionsRepository, type DecisionApplication } from './decisions.repository';

/**
 * The decisions area's own row of one application, loaded once the application gate admitted
 * the caller (staff of the call's programme; members for the applicant's view). Who may is
 * decided there, not here.
 */
@Injectable()
export class DecisionApplications {
  constructor(
    private readonly gate: ApplicationGate,
    private readonly repository: DecisionsRepository,
  ) {}

  async forStaff(principal: Principal, id: string, tx?: Tx): Promise<DecisionApplication> {
    await this.gate.applicationForStaff(principal, id, tx);
    return this.load(id, tx);
  }

  async forMember(principal: Principal, id: string): Promise<DecisionApplication> {
    await this.gate.applicationForMember(principal, id);
    return this.load(id);
  }

  private async load(id: string, tx?: Tx): Promise<DecisionApplication> {
    const application = await this.repository.findApplication(id, tx);
    if (!application) throw Problems.notFound();
    return application;
  }
}
