import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { ReviewSettingsRepository } from './review-settings.repository';

/**
 * Object-level access of coordinators to a call's review (the route already requires
 * reviews:manage): only staff of the call's programme; anyone else gets 404.
 */
@Injectable()
export class ReviewStaffAccess {
  constructor(private readonly settings: ReviewSettingsRepository) {}

  async loadCall(principal: Principal, callId: string, tx?: Tx) {
    const call = await this.settings.findCallForStaff(callId, principal.id, tx);
    if (!call) throw Problems.notFound();
    return call;
  }

  /** Checks access, then locks the call row for the rest of the transaction. */
  async lockCall(tx: Tx, principal: Principal, callId: string) {
    await this.loadCall(principal, callId, tx);
    await this.settings.lockCall(tx, callId);
    return this.loadCall(principal, callId, tx);
  }
}
