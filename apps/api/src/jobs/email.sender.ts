import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env.schema';
import type { RenderedEmail } from './templates';
import type { EmailAttachmentFile } from './email-attachments';

export interface OutgoingEmail {
  outboxId: string;
  to: string;
  locale: string;
  content: RenderedEmail;
  attachments?: EmailAttachmentFile[];
}

/** SMTP delivery with nodemailer; the transport comes from SMTP_URL. */
@Injectable()
export class EmailSender implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly messageIdDomain: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = createTransport({
      url: config.SMTP_URL,
      // A hung server must fail the attempt (and let BullMQ retry), not hold the job forever.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.messageIdDomain = messageIdDomain(config);
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: email.to,
      subject: email.content.subject,
      text: email.content.text,
      html: email.content.html,
      attachments: email.attachments?.map((file) => ({
        filename: file.filename,
        content: file.content,
        contentType: file.contentType,
      })),
      // Deterministic: a resend after a crash between sending and recording it carries the
      // same Message-ID, so mail servers and clients can recognise the duplicate.
      messageId: outboxMessageId(email.outboxId, this.messageIdDomain),
      headers: { 'Content-Language': email.locale, 'Auto-Submitted': 'auto-generated' },
    });
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}

export function outboxMessageId(outboxId: string, domain: string): string {
  return `<outbox-${outboxId}@${domain}>`;
}

/** The sender's domain (from MAIL_FROM), else the app's host name. */
function messageIdDomain(config: AppConfig): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(config.MAIL_FROM);
  return match?.[1] ?? new URL(config.APP_URL).hostname;
}
