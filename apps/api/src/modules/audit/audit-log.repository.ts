import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

@Injectable()
export class AuditLogRepository {
  constructor(private readonly prisma: PrismaService) {}

  list(filter: { entityType?: string; entityId?: string }, take: number) {
    return this.prisma.auditLog.findMany({
      where: { entityType: filter.entityType, entityId: filter.entityId },
      orderBy: { createdAt: 'desc' },
      take,
      include: { actor: { select: { email: true } } },
    });
  }
}
