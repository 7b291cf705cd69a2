import { Injectable } from '@nestjs/common';
import type { Tx } from '../../../prisma/prisma.service';

/** Queries for receipts: who gets one and what it says. Prisma only. */
@Injectable()
export class ReceiptRepository {
  findApplication(tx: Tx, applicationId: string) {
    return tx.application.findUnique({
      where: { id: applicationId },
      select: {
        id: true,
        referenceNumber: true,
        organisationId: true,
        organisation: { select: { legalName: true } },
        call: { select: { titleLv: true, titleEn: true } },
      },
    });
  }

  findRevision(tx: Tx, applicationId: string, number: number) {
    return tx.applicationRevision.findUnique({
      where: { applicationId_number: { applicationId, number } },
      select: { submittedAt: true },
    });
  }

  /** The submitter and every owner of the organisation (in one query, de-duplicated by id). */
  findRecipients(tx: Tx, organisationId: string, submittedById: string) {
    return tx.user.findMany({
      where: {
        OR: [{ id: submittedById }, { memberships: { some: { organisationId, role: 'owner' } } }],
      },
      select: { id: true, email: true, displayName: true, locale: true },
      orderBy: { createdAt: 'asc' },
    });
  }
}
