import { Inject, Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

/** Attachment rows (who may touch them is the application gate's decision). Prisma only. */
@Injectable()
export class AttachmentsRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  countActive(tx: Tx, applicationId: string, questionId: string) {
    return tx.attachment.count({ where: { applicationId, questionId, deletedAt: null } });
  }

  create(
    tx: Tx,
    data: {
      applicationId: string;
      questionId: string;
      fileName: string;
      mimeType: string;
      sizeBytes: number;
      sha256: string;
      storageKey: string;
      uploadedById: string;
    },
  ) {
    return tx.attachment.create({ data });
  }

  listActive(applicationId: string) {
    return this.prisma.attachment.findMany({
      where: { applicationId, deletedAt: null },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  findActive(id: string, tx: Tx = this.prisma) {
    return tx.attachment.findFirst({ where: { id, deletedAt: null } });
  }

  /** Marks it deleted; false when someone else already did. */
  async softDelete(tx: Tx, id: string, at: Date): Promise<boolean> {
    const { count } = await tx.attachment.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: at } });
    return count === 1;
  }
}
