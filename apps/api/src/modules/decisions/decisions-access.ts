import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { DecisionsRepository, type DecisionApplication } from './decisions.repository';

/**
 * Object-level access of the decisions area: only staff of the call's programme. The route's
 * permission (decisions:manage or reviews:manage) is checked by the guard; anyone else gets
 * 404, so ids reveal nothing.
 */
@Injectable()
export class DecisionsAccess {
  constructor(private readonly repository: DecisionsRepository) {}

  async callForStaff(principal: Principal, callId: string, tx?: Tx) {
    const call = await this.repository.findCall(callId, tx);
    if (!call || !(await this.repository.isProgrammeStaff(call.programmeId, principal.id, tx))) throw Problems.notFound();
    return call;
  }

  async applicationForStaff(principal: Principal, applicationId: string, tx?: Tx): Promise<DecisionApplication> {
    const application = await this.repository.findApplication(applicationId, tx);
    if (!application || !(await this.repository.isProgrammeStaff(application.call.programmeId, principal.id, tx))) throw Problems.notFound();
    return application;
  }
}
