import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '../../../prisma/prisma.service';

/** What one revision's PDF copy shows, read in one go. Prisma only. */
@Injectable()
export class ApplicationPdfRepository {
  constructor(@Inject(PrismaService) private readonly prisma: PrismaService) {}

  findRevision(applicationId: string, number: number) {
    return this.prisma.applicationRevision.findUnique({
      where: { applicationId_number: { applicationId, number } },
      select: {
        number: true,
        formVersion: true,
        answers: true,
        submittedAt: true,
        application: {
          select: {
            id: true,
            callId: true,
            referenceNumber: true,
            organisation: { select: { legalName: true } },
            call: { select: { titleLv: true, titleEn: true, programme: { select: { nameLv: true, nameEn: true } } } },
          },
        },
      },
    });
  }

  /** Attachments by id, deleted ones too: a revision keeps listing what it was submitted with. */
  findAttachments(applicationId: string, ids: string[]) {
    return this.prisma.attachment.findMany({
      where: { applicationId, id: { in: ids } },
      select: { id: true, questionId: true, fileName: true, mimeType: true, sizeBytes: true },
      orderBy: { createdAt: 'asc' },
    });
  }
}
