import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service';

/** As `CallsRepository`: staff see their programmes' calls, readers every call. */
export type CallFormScope = { kind: 'all' } | { kind: 'staff'; userId: string };

@Injectable()
export class CallFormScopeRepository {
  constructor(private readonly prisma: PrismaService) {}

  findCall(id: string, scope: CallFormScope) {
    return this.prisma.call.findFirst({
      where: { id, ...(scope.kind === 'all' ? {} : { programme: { staff: { some: { userId: scope.userId } } } }) },
      select: { id: true, status: true },
    });
  }

  async isPublished(id: string): Promise<boolean> {
    return (await this.prisma.call.count({ where: { id, status: 'published' } })) === 1;
  }
}
