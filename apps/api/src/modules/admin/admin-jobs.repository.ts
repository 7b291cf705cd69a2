import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

/**
 * E-mails in the outbox that the worker gave up on: never sent, not discarded, with the
 * last error and at least `maxAttempts` attempts behind them.
 */
@Injectable()
export class AdminJobsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One page, newest first, optionally only one template's e-mails; with the total of the filtered list. */
  async failedEmails(maxAttempts: number, filter: { template?: string | undefined; page: number; pageSize: number }) {
    const where: Prisma.OutboxMessageWhereInput = {
      kind: 'email',
      sentAt: null,
      discardedAt: null,
      lastError: { not: null },
      attempts: { gte: maxAttempts },
      ...(filter.template ? { payload: { path: ['template'], equals: filter.template } } : {}),
    };
    const [items, total] = await this.prisma.$transaction([
      this.prisma.outboxMessage.findMany({
        where,
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        skip: (filter.page - 1) * filter.pageSize,
        take: filter.pageSize,
        select: { id: true, payload: true, attempts: true, lastError: true, createdAt: true },
      }),
      this.prisma.outboxMessage.count({ where }),
    ]);
    return { items, total };
  }

  findUnsent(tx: Tx, id: string) {
    return tx.outboxMessage.findFirst({
      where: { id, sentAt: null, discardedAt: null },
      select: { id: true, attempts: true, lastError: true },
    });
  }

  /** Back to "not yet relayed" with a fresh set of attempts: the relay puts it on the queue again. */
  resetForRetry(tx: Tx, id: string) {
    return tx.outboxMessage.update({
      where: { id },
      data: { attempts: 0, lastError: null, claimedAt: null, relayedAt: null },
    });
  }

  markDiscarded(tx: Tx, id: string, at: Date) {
    return tx.outboxMessage.updateMany({ where: { id, sentAt: null, discardedAt: null }, data: { discardedAt: at } });
  }
}
