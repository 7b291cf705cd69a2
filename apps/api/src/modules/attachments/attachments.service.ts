import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { allQuestions, DEFAULT_ATTACHMENT_TYPES, type TFormDefinition, type TQuestion } from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { ApplicationGate, deadlineFacts, editableQuestionIds, mayOpenAttachmentsOf, type ApplicationDetail } from '../application-access';
import { AttachmentProblems } from './attachments.problems';
import { AttachmentsRepository } from './attachments.repository';
import { sanitizeFileName } from './file-name';
import { sniffFileType } from './file-sniffing';
import { STORAGE_DRIVER, StorageLimitExceededError, type StorageDriver, type StoredObject } from './storage/storage.driver';

export interface IncomingFile {
  /** The name the browser sent; only displayed, after cleaning. */
  fileName: string | undefined;
  content: Readable;
}

/**
 * Attachments of applications: uploaded by members while the question is editable, the type
 * decided from the content, stored by the storage driver. Who may read them is the
 * application gate's decision (members, programme staff, assigned reviewers except hidden
 * questions); anyone else gets 404, so ids reveal nothing.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(AttachmentsRepository) private readonly attachments: AttachmentsRepository,
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async upload(principal: Principal, applicationId: string, questionId: string, file: IncomingFile) {
    const { application } = await this.gate.loadForMember(principal, applicationId);
    const form = await this.gate.formOf(application);
    const question = allQuestions(form).find((candidate) => candidate.id === questionId);
    if (!question || question.type !== 'file') {
      throw Problems.validation([{ path: 'questionId', code: 'custom', message: 'attachment.question.notFile' }]);
    }
    this.assertEditable(application, form, questionId);

    const fileName = sanitizeFileName(file.fileName);
    const allowed = question.accept && question.accept.length > 0 ? question.accept : DEFAULT_ATTACHMENT_TYPES;
    const stored = await this.storeChecked(file.content, fileName, { maxBytes: form.attachmentMaxBytes, allowed });

    try {
      return await this.prisma.$transaction(async (tx) => {
        // Re-checked under the lock: a submission may have frozen it, or the member left, meanwhile.
        const { application: current } = await this.gate.lockForMember(tx, principal, application.id);
        this.assertEditable(current, form, questionId);
        const limit = question.maxFiles ?? 5;
        if ((await this.attachments.countActive(tx, application.id, questionId)) >= limit) {
          throw Problems.conflict(`This question takes at most ${limit} files; remove one first.`, [
            { path: 'questionId', code: 'custom', message: 'answer.file.tooMany' },
          ]);
        }
        const attachment = await this.attachments.create(tx, {
          applicationId: application.id,
          questionId,
          fileName,
          mimeType: stored.mimeType,
          sizeBytes: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedById: principal.id,
        });
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'attachment.uploaded',
          entityType: 'application',
          entityId: application.id,
          after: { attachmentId: attachment.id, questionId, fileName, mimeType: stored.mimeType, sizeBytes: stored.size, sha256: stored.sha256 },
        });
        return attachment;
      }, TX_OPTIONS);
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
  }

  /**
   * Stores an upload and decides its type from the content (never the name or the browser's
   * word): too large → 413, a type not in `allowed` → 415, and then nothing stays stored.
   * Also used for other uploads kept the same way (receipts of project expenses).
   */
  async storeChecked(content: Readable, fileName: string, rules: { maxBytes: number; allowed: readonly string[] }): Promise<StoredObject & { mimeType: string }> {
    let stored: StoredObject;
    try {
      stored = await this.storage.put(content, { maxBytes: rules.maxBytes });
    } catch (error) {
      if (error instanceof StorageLimitExceededError || isMultipartSizeError(error)) {
        content.resume(); // let the rest of the request body drain so the answer reaches the client
        throw AttachmentProblems.tooLarge(rules.maxBytes);
      }
      throw error;
    }
    try {
      const sniffed = await sniffFileType(() => this.storage.get(stored.key), fileName, rules.allowed);
      if (!sniffed.accepted) throw AttachmentProblems.unsupportedType(sniffed.detected, rules.allowed);
      return { ...stored, mimeType: sniffed.mimeType };
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
  }

  /** The live attachments the caller may open (a reviewer's hidden questions left out). */
  async list(principal: Principal, applicationId: string) {
    const { viewer } = await this.gate.load(principal, applicationId);
    return (await this.attachments.listActive(applicationId)).filter((attachment) => mayOpenAttachmentsOf(viewer, attachment.questionId));
  }

  /** The stored file and its content stream, for whoever the gate lets open it. */
  async open(principal: Principal, attachmentId: string) {
    const attachment = await this.attachments.findActive(attachmentId);
    if (!attachment) throw Problems.notFound();
    const { viewer } = await this.gate.load(principal, attachment.applicationId);
    if (!mayOpenAttachmentsOf(viewer, attachment.questionId)) throw Problems.notFound();
    const content = await this.contentOf(attachment.storageKey, `attachment ${attachment.id}`);
    // Who opened which file, and as whom (member, staff, reviewer), is part of the application's record.
    await this.prisma.$transaction((tx) =>
      this.audit.record(tx, {
        actorId: principal.id,
        action: 'attachment.downloaded',
        entityType: 'application',
        entityId: attachment.applicationId,
        after: { attachmentId: attachment.id, questionId: attachment.questionId, fileName: attachment.fileName, as: viewer.actor },
      }),
    );
    return { attachment, content };
  }

  /** A stored file's content; 404 (and an error in the log) when storage has lost it. */
  async contentOf(storageKey: string, what: string): Promise<Readable> {
    try {
      return await this.storage.get(storageKey);
    } catch (error) {
      this.logger.error(`content of ${what} is missing from storage: ${String(error)}`);
      throw Problems.notFound('The file content is missing.');
    }
  }

  async remove(principal: Principal, attachmentId: string): Promise<void> {
    const attachment = await this.attachments.findActive(attachmentId);
    if (!attachment) throw Problems.notFound();
    const { application } = await this.gate.loadForMember(principal, attachment.applicationId);
    const form = await this.gate.formOf(application);
    await this.prisma.$transaction(async (tx) => {
      const { application: current } = await this.gate.lockForMember(tx, principal, application.id);
      this.assertEditable(current, form, attachment.questionId);
      if (!(await this.attachments.softDelete(tx, attachment.id, this.clock.now()))) throw Problems.notFound();
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'attachment.deleted',
        entityType: 'application',
        entityId: application.id,
        before: { attachmentId: attachment.id, questionId: attachment.questionId, fileName: attachment.fileName },
      });
    }, TX_OPTIONS);
    // After the commit: if this fails the row is already deleted and the file is an orphan, never the reverse.
    await this.storage.delete(attachment.storageKey).catch((error: unknown) => {
      this.logger.warn(`could not remove content of attachment ${attachment.id}: ${String(error)}`);
    });
  }

  /** Same rule as answers: a draft before the deadline, or a question reopened by an open clarification. */
  private assertEditable(application: ApplicationDetail, form: TFormDefinition, questionId: TQuestion['id']): void {
    const editable = editableQuestionIds(form, deadlineFacts(application), this.clock.now());
    if (!editable.includes(questionId)) {
      throw Problems.invalidTransition('The application is not editable now, so its attachments cannot change.');
    }
  }
}

/** The gate's checks and the row lock run inside; room for a busy database, as the answer saves have. */
const TX_OPTIONS = { timeout: 15_000 };

/** @fastify/multipart's own limit (the global ceiling) surfaces as this error code. */
export function isMultipartSizeError(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'FST_REQ_FILE_TOO_LARGE';
}
