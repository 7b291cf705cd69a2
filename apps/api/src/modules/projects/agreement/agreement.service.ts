import { Inject, Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import {
  AGREEMENT_VERSIONS_MAX,
  SIGNED_COPY_MAX_BYTES,
  SIGNED_COPY_TYPES,
  projectTitleOf,
  type TAgreementDocument,
  type TProjectAgreement,
} from '@kopa/shared';
import { AuditService } from '../../../common/audit/audit.service';
import type { Principal } from '../../../common/auth/principal';
import { Clock } from '../../../common/clock/clock';
import { Problems } from '../../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../../prisma/prisma.service';
import { sanitizeFileName } from '../../attachments/file-name';
import { STORAGE_DRIVER, type StorageDriver, type StoredObject } from '../../attachments/storage/storage.driver';
import { AttachmentsService, type IncomingFile } from '../../attachments';
import { ProjectAccess } from '../project-access';
import { isoDateOf } from '../project-dates';
import { isFinished } from '../projects.mapper';
import { renderAgreementPdf } from './agreement-pdf';
import { AgreementRepository, type AgreementDocumentRow } from './agreement.repository';

/**
 * The grant agreement's files. Coordinators of the programme generate the bilingual PDF (each
 * time a new stored version, so the grantee downloads exactly what was issued) and upload the
 * copy both sides signed; the grantee organisation's members read and download them. Anyone
 * else gets 404 (the project gate), so ids reveal nothing.
 */
@Injectable()
export class AgreementService {
  private readonly logger = new Logger(AgreementService.name);

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(AgreementRepository) private readonly documents: AgreementRepository,
    @Inject(ProjectAccess) private readonly access: ProjectAccess,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AttachmentsService) private readonly attachments: AttachmentsService,
  ) {}

  async list(principal: Principal, projectId: string): Promise<TProjectAgreement> {
    await this.access.viewerOf(principal, projectId);
    const rows = (await this.documents.list(projectId)).map(toAgreementDocument);
    return { issued: rows.filter((row) => row.kind === 'issued'), signed: rows.filter((row) => row.kind === 'signed') };
  }

  /** Generates the agreement from the project as it is now and stores it as the next version. */
  async issue(principal: Principal, projectId: string): Promise<TAgreementDocument> {
    let stored: StoredObject | undefined;
    try {
      return await this.prisma.$transaction(async (tx) => {
        await this.access.lockForStaff(tx, principal, projectId);
        const project = await this.documents.mergeFields(tx, projectId);
        if (isFinished(project.status)) throw Problems.invalidTransition(`The project is ${project.status}: no agreement is issued for it any more.`);
        if (!project.startDate || !project.endDate) {
          throw Problems.invalidTransition('Set the project period (start and end date) before issuing the agreement.');
        }
        const version = await this.nextVersion(tx, projectId, 'issued');
        const issuedAt = this.clock.now();
        const pdf = await renderAgreementPdf({
          agreementNumber: project.agreementNumber,
          version,
          issuedAt,
          funderName: project.call.programme.implementerLv,
          donor: project.call.programme.donor,
          programme: { lv: project.call.programme.nameLv, en: project.call.programme.nameEn },
          call: { lv: project.call.titleLv, en: project.call.titleEn },
          projectTitle: projectTitleOf(project.application.answers),
          referenceNumber: project.application.referenceNumber,
          grantee: { name: project.organisation.legalName, registrationNumber: project.organisation.registrationNumber, address: project.organisation.address },
          contact: project.contactUser ? { name: project.contactUser.displayName, email: project.contactUser.email } : null,
          awardedCents: Number(project.awardedCents),
          startDate: isoDateOf(project.startDate),
          endDate: isoDateOf(project.endDate),
          tranches: project.tranches.map((tranche) => ({ ...tranche, amountCents: Number(tranche.amountCents), dueDate: isoDateOf(tranche.dueDate) })),
        });
        stored = await this.storage.put(Readable.from([pdf]));
        const fileName = `${project.agreementNumber}-v${version}.pdf`;
        const document = await this.documents.create(tx, {
          projectId,
          kind: 'issued',
          version,
          fileName,
          mimeType: 'application/pdf',
          sizeBytes: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          createdById: principal.id,
          createdAt: issuedAt,
        });
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'project.agreement.issued',
          entityType: 'project',
          entityId: projectId,
          after: { documentId: document.id, version, fileName, sha256: stored.sha256 },
        });
        return toAgreementDocument(document);
      }, TX_OPTIONS);
    } catch (error) {
      if (stored) await this.discard(stored.key);
      throw error;
    }
  }

  /** The copy signed by both sides: a PDF or a scan, checked by content, within the attachment size limit. */
  async uploadSigned(principal: Principal, projectId: string, file: IncomingFile): Promise<TAgreementDocument> {
    await this.access.viewerOf(principal, projectId); // a stranger is refused before the upload is read
    const fileName = sanitizeFileName(file.fileName);
    const stored = await this.attachments.storeChecked(file.content, fileName, { maxBytes: SIGNED_COPY_MAX_BYTES, allowed: SIGNED_COPY_TYPES });
    try {
      return await this.prisma.$transaction(async (tx) => {
        await this.access.lockForStaff(tx, principal, projectId);
        const counts = await this.documents.counts(tx, projectId);
        if (counts.issued.count === 0) throw Problems.invalidTransition('Issue the agreement first: the signed copy is a copy of an issued agreement.');
        const { status } = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { status: true } });
        if (isFinished(status)) throw Problems.invalidTransition(`The project is ${status}: its agreement takes no more files.`);
        const version = await this.nextVersion(tx, projectId, 'signed');
        const document = await this.documents.create(tx, {
          projectId,
          kind: 'signed',
          version,
          fileName,
          mimeType: stored.mimeType,
          sizeBytes: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          createdById: principal.id,
          createdAt: this.clock.now(),
        });
        await tx.project.update({ where: { id: projectId }, data: { version: { increment: 1 } } });
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'project.agreement.signed_copy_uploaded',
          entityType: 'project',
          entityId: projectId,
          after: { documentId: document.id, version, fileName, mimeType: stored.mimeType, sizeBytes: stored.size, sha256: stored.sha256 },
        });
        return toAgreementDocument(document);
      }, TX_OPTIONS);
    } catch (error) {
      await this.discard(stored.key);
      throw error;
    }
  }

  /** One stored file for the project's staff and the grantee's members; each opening is audited. */
  async open(principal: Principal, projectId: string, documentId: string) {
    const viewer = await this.access.viewerOf(principal, projectId);
    const document = await this.documents.find(projectId, documentId);
    if (!document) throw Problems.notFound();
    let content: Readable;
    try {
      content = await this.storage.get(document.storageKey);
    } catch (error) {
      this.logger.error(`content of agreement document ${document.id} is missing from storage: ${String(error)}`);
      throw Problems.notFound('The file content is missing.');
    }
    await this.prisma.$transaction((tx) =>
      this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.agreement.downloaded',
        entityType: 'project',
        entityId: projectId,
        after: { documentId: document.id, kind: document.kind, version: document.version, as: viewer },
      }),
    );
    return { document, content };
  }

  private async nextVersion(tx: Tx, projectId: string, kind: 'issued' | 'signed'): Promise<number> {
    const { count, last } = (await this.documents.counts(tx, projectId))[kind];
    if (count >= AGREEMENT_VERSIONS_MAX) throw Problems.conflict(`The project already has ${AGREEMENT_VERSIONS_MAX} ${kind} agreement files.`);
    return last + 1;
  }

  private async discard(key: string): Promise<void> {
    await this.storage.delete(key).catch((error: unknown) => this.logger.warn(`could not remove agreement file ${key}: ${String(error)}`));
  }
}

const TX_OPTIONS = { timeout: 20_000 };

function toAgreementDocument(row: AgreementDocumentRow): TAgreementDocument {
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy?.displayName ?? null,
  };
}
