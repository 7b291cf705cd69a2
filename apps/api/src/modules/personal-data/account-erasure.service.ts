import { Injectable } from '@nestjs/common';
import { totpRequiredFor, type TRole } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { PersonalDataRepository } from './personal-data.repository';

/**
 * Erasure on request (GDPR art. 17), self-service after re-authentication: the law asks for it
 * "without undue delay", and what accountability needs (applications, amounts, decisions,
 * organisation records, the audit trail) is kept whatever anyone decides, so an administrator's
 * confirmation would add delay and no protection. Staff accounts are the exception: their
 * decisions must stay attributable, so an administrator removes the staff role first.
 */
@Injectable()
export class AccountErasureService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: PersonalDataRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async erase(principal: Principal, confirmEmail: string): Promise<void> {
    if (totpRequiredFor(principal.roles as TRole[])) {
      throw Problems.forbidden('Coordinator and administrator accounts are erased by an administrator, after the staff role is removed.');
    }
    if (confirmEmail !== principal.email.toLowerCase()) {
      throw Problems.validation([{ path: 'confirmEmail', code: 'email_mismatch', message: 'Type your own e-mail address to confirm' }]);
    }
    const now = this.clock.now();
    await this.prisma.$transaction(async (tx) => {
      const { counts } = await this.repository.anonymise(tx, principal.id, now);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'user.erased',
        entityType: 'user',
        entityId: principal.id,
        after: { erasedAt: now, removed: counts, kept: ['applications', 'decisions', 'organisations', 'audit trail'] },
      });
    });
  }
}
