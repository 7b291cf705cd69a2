import type { TLocale } from '@kopa/shared';
import type { TEmailAttachmentRequest } from './email.payload';

/** A file attached to an outgoing e-mail, built by the worker at send time. */
export interface EmailAttachmentFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Builds the files an e-mail payload asks for (`attachments`); a feature module provides it. */
export interface EmailAttachmentRenderer {
  render(request: TEmailAttachmentRequest, locale: TLocale): Promise<EmailAttachmentFile>;
}

export const EMAIL_ATTACHMENT_RENDERER = Symbol('EMAIL_ATTACHMENT_RENDERER');
