import { Injectable } from '@nestjs/common';
import type { TDecisionKind, TLetterText } from '@kopa/shared';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

type Db = PrismaService | Tx;

/** Queries of decision-letter templates and of the letters still to send. */
@Injectable()
export class LettersRepository {
  constructor(private readonly prisma: PrismaService) {}

  templates(callId: string, db: Db = this.prisma) {
    return db.decisionLetterTemplate.findMany({ where: { callId } });
  }

  upsertTemplate(tx: Tx, callId: string, kind: TDecisionKind, text: TLetterText) {
    const data = { subjectLv: text.subject.lv, subjectEn: text.subject.en, bodyLv: text.body.lv, bodyEn: text.body.en };
    return tx.decisionLetterTemplate.upsert({ where: { callId_kind: { callId, kind } }, create: { callId, kind, ...data }, update: data });
  }

  deleteTemplate(tx: Tx, callId: string, kind: TDecisionKind) {
    return tx.decisionLetterTemplate.deleteMany({ where: { callId, kind } });
  }

  /** Decisions of the call whose letters have not gone out, with who receives them. */
  unsentDecisions(tx: Tx, callId: string) {
    return tx.decision.findMany({
      where: { callId, letterQueuedAt: null },
      include: {
        application: {
          include: {
            organisation: {
              select: { legalName: true, members: { select: { user: { select: { id: true, email: true, displayName: true, locale: true } } } } },
            },
          },
        },
      },
      orderBy: { applicationId: 'asc' },
    });
  }

  countSent(callId: string, db: Db = this.prisma) {
    return db.decision.count({ where: { callId, letterQueuedAt: { not: null } } });
  }

  markQueued(tx: Tx, applicationIds: string[], at: Date) {
    return tx.decision.updateMany({ where: { applicationId: { in: applicationIds }, letterQueuedAt: null }, data: { letterQueuedAt: at } });
  }

  markCallDecided(tx: Tx, callId: string, at: Date) {
    return tx.call.update({ where: { id: callId }, data: { status: 'decided', decidedAt: at, version: { increment: 1 } } });
  }
}
