import { Inject, Injectable } from '@nestjs/common';
import { allQuestions, isQuestionVisible, type TAnswers, type TLocale } from '@kopa/shared';
import { ApplicationGate } from '../../application-access';
import type { EmailAttachmentFile, EmailAttachmentRenderer } from '../../../jobs/email-attachments';
import type { TEmailAttachmentRequest } from '../../../jobs/email.payload';
import { renderApplicationPdf } from './application-pdf';
import { ApplicationPdfRepository } from './application-pdf.repository';

/** The PDF copy of one submitted revision; the worker attaches it to receipt e-mails, members and staff download it. */
@Injectable()
export class ApplicationPdfService implements EmailAttachmentRenderer {
  constructor(
    @Inject(ApplicationPdfRepository) private readonly repository: ApplicationPdfRepository,
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
  ) {}

  async render(request: TEmailAttachmentRequest, locale: TLocale): Promise<EmailAttachmentFile> {
    if (request.kind !== 'application-pdf') throw new Error(`ApplicationPdfService does not build ${request.kind}`);
    return this.renderRevision(request.applicationId, request.revisionNumber, locale);
  }

  async renderRevision(applicationId: string, revisionNumber: number, locale: TLocale): Promise<EmailAttachmentFile> {
    const revision = await this.repository.findRevision(applicationId, revisionNumber);
    if (!revision) throw new Error(`application ${applicationId} has no revision ${revisionNumber}`);
    const { application } = revision;
    const form = await this.gate.formOf({ callId: application.callId, formVersion: revision.formVersion });
    const answers = (revision.answers ?? {}) as TAnswers;

    // Only files that the revision's visible answers name, in the order of the form.
    const fileIds = allQuestions(form)
      .filter((question) => question.type === 'file' && isQuestionVisible(question, answers, form))
      .flatMap((question) => (Array.isArray(answers[question.id]) ? (answers[question.id] as string[]) : []));
    const found = fileIds.length > 0 ? await this.repository.findAttachments(applicationId, fileIds) : [];
    const byId = new Map(found.map((file) => [file.id, file]));
    const attachments = fileIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));

    const reference = application.referenceNumber ?? application.id;
    const content = await renderApplicationPdf({
      locale,
      programmeName: locale === 'en' ? application.call.programme.nameEn : application.call.programme.nameLv,
      callTitle: locale === 'en' ? application.call.titleEn : application.call.titleLv,
      referenceNumber: reference,
      organisationName: application.organisation.legalName,
      submittedAt: revision.submittedAt,
      revisionNumber: revision.number,
      form,
      answers,
      attachments,
    });
    return { filename: `${reference}.pdf`, contentType: 'application/pdf', content };
  }
}
