import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { DATA_DIR } from './paths.mjs';

export const MAIL_DIR = join(DATA_DIR, 'mail');

/**
 * A local SMTP server for the demo: it delivers nothing, keeps every message as
 * .data/mail/<time>-<to>.eml and prints who it was for, its subject and its links,
 * so a demo user can follow a verification or password-reset link.
 */
export async function startDevMailbox(log, { dir = MAIL_DIR, host = '127.0.0.1', port = 0 } = {}) {
  mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    banner: 'Kopa dev mailbox',
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const to = session.envelope.rcptTo.map((r) => r.address);
        const file = join(dir, `${fileTime(new Date())}-${safeName(to[0] ?? 'unknown')}.eml`);
        try {
          writeFileSync(file, raw);
        } catch (error) {
          return callback(error);
        }
        callback();
        simpleParser(raw)
          .then((mail) => log(describe(mail, to, file)))
          .catch((error) => log(`Mail to ${to.join(', ')} saved to ${file} (could not parse it: ${error.message})`));
      });
    },
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.server.address();
  return {
    url: `smtp://${host}:${address.port}`,
    dir,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function describe(mail, to, file) {
  const links = extractLinks(`${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`);
  return [
    `Mail to ${to.join(', ')}: ${mail.subject ?? '(no subject)'}`,
    ...links.map((link) => `    ${link}`),
    `    saved as ${file}`,
  ].join('\n');
}

/** Every distinct http(s) link in a text or HTML body, in order of appearance. */
export function extractLinks(body) {
  const found = body.match(/https?:\/\/[^\s"'<>()[\]]+/g) ?? [];
  return [...new Set(found.map((link) => link.replace(/&amp;/g, '&').replace(/[.,;:!?]+$/, '')))];
}

const fileTime = (date) => date.toISOString().replace(/[-:]/g, '').replace('.', '-');
const safeName = (address) => address.toLowerCase().replace(/[^a-z0-9@._+-]/g, '_').slice(0, 100);
