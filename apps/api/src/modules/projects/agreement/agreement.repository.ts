import { Inject, Injectable } from '@nestjs/common';
import type { Prisma } from '../../../generated/prisma/client';
import { PrismaService, type Tx } from '../../../prisma/prisma.service';

type Db = PrismaService | Tx;
type Kind = 'issued' | 'signed';

const documentSelect = {
  id: true,
  kind: true,
  version: true,
  fileName: true,
  mimeType: true,
  sizeBytes: true,
  storageKey: true,
  createdAt: true,
  createdBy: { select: { displayName: true } },
} satisfies Prisma.AgreementDocumentSelect;
export type AgreementDocumentRow = Prisma.AgreementDocumentGetPayload<{ select: typeof documentSelect }>;

/** The agreement's files and the project data merged into the PDF. */
@Injectable()
export class AgreementRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  mergeFields(tx: Tx, projectId: string) {
    return tx.project.findUniqueOrThrow({
      where: { id: projectId },
      select: {
        agreementNumber: true,
        status: true,
        awardedCents: true,
        startDate: true,
        endDate: true,
        call: { select: { titleLv: true, titleEn: true, programme: { select: { nameLv: true, nameEn: true, implementerLv: true, donor: true } } } },
        organisation: { select: { legalName: true, registrationNumber: true, address: true } },
        contactUser: { select: { displayName: true, email: true } },
        application: { select: { referenceNumber: true, answers: true } },
        tranches: { where: { status: { not: 'cancelled' } }, orderBy: { position: 'asc' }, select: { position: true, amountCents: true, dueDate: true, condition: true } },
      },
    });
  }

  async counts(db: Db, projectId: string): Promise<Record<Kind, { count: number; last: number }>> {
    const rows = await db.agreementDocument.groupBy({ by: ['kind'], where: { projectId }, _count: { _all: true }, _max: { version: true } });
    const of = (kind: Kind) => {
      const row = rows.find((candidate) => candidate.kind === kind);
      return { count: row?._count._all ?? 0, last: row?._max.version ?? 0 };
    };
    return { issued: of('issued'), signed: of('signed') };
  }

  create(tx: Tx, data: Prisma.AgreementDocumentUncheckedCreateInput): Promise<AgreementDocumentRow> {
    return tx.agreementDocument.create({ data, select: documentSelect });
  }

  list(projectId: string): Promise<AgreementDocumentRow[]> {
    return this.prisma.agreementDocument.findMany({ where: { projectId }, orderBy: [{ kind: 'asc' }, { version: 'desc' }], select: documentSelect });
  }

  find(projectId: string, documentId: string): Promise<AgreementDocumentRow | null> {
    return this.prisma.agreementDocument.findFirst({ where: { id: documentId, projectId }, select: documentSelect });
  }
}
