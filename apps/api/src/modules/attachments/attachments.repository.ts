import { Inject, Injectable } from '@nestjs/common';
import { PrismaService, type Tx } from '../../prisma/prisma.service';

const applicationFacts = {
  id: true,
  organisationId: true,
  status: true,
  formVersion: true,
  call: { select: { id: true, programmeId: true, status: true, closesAt: true } },
  clarifications: {
    where: { resolvedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 1,
    select: { questionIds: true, dueAt: true },
  },
} as const;

/** Attachment rows and the application facts that decide who may touch them. Prisma only. */
@Injectable()
export class AttachmentsRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  findApplication(applicationId: string, tx: Tx = this.prisma) {
    return tx.application.findUnique({ where: { id: applicationId }, select: applicationFacts });
  }

  /** Locks the application row, so concurrent uploads count files one after another. */
  async lockApplication(tx: Tx, applicationId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Application" WHERE id = ${applicationId}::uuid FOR UPDATE`;
  }

  findFormDefinition(callId: string, version: number) {
    return this.prisma.callForm.findUnique({ where: { callId_version: { callId, version } }, select: { definition: true } });
  }

  findMembership(organisationId: string, userId: string) {
    return this.prisma.organisationMember.findUnique({
      where: { organisationId_userId: { organisationId, userId } },
      select: { role: true },
    });
  }

  async isProgrammeStaff(programmeId: string, userId: string): Promise<boolean> {
    const row = await this.prisma.programmeStaff.findUnique({
      where: { programmeId_userId: { programmeId, userId } },
      select: { userId: true },
    });
    return row !== null;
  }

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
