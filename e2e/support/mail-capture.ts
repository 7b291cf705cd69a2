import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One captured e-mail as the test workers read it from the mail directory. */
export interface CapturedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  attachments: string[];
  receivedAt: string;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const groups = Array.isArray(field) ? field : field ? [field] : [];
  return groups.flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

function toCaptured(mail: ParsedMail, envelopeTo: string[]): CapturedMail {
  return {
    // The envelope is who the app actually sent to; headers alone would miss Bcc.
    to: [...new Set([...envelopeTo, ...addresses(mail.to), ...addresses(mail.cc)])],
    from: mail.from?.text ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : '',
    attachments: mail.attachments.map((attachment) => attachment.filename ?? '(unnamed)'),
    receivedAt: new Date().toISOString(),
  };
}

export interface MailCapture {
  url: string;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the Playwright runner: the app's worker talks SMTP to it and each
 * message lands as one JSON file in `dir`, where the test workers (other processes) read it.
 */
export async function startMailCapture(dir: string): Promise<MailCapture> {
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase());
      simpleParser(stream)
        .then((mail) => {
          count += 1;
          const name = `${Date.now()}-${String(count).padStart(5, '0')}-${randomBytes(3).toString('hex')}.json`;
          // Write then rename, so a reader never sees half a file.
          const partial = join(dir, `.${name}.partial`);
          writeFileSync(partial, JSON.stringify(toCaptured(mail, envelopeTo), null, 2));
          renameSync(partial, join(dir, name));
          callback();
        })
        .catch(callback);
    },
  });
  server.on('error', (error) => console.error('e2e mail capture:', error));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
