import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface TestMailbox {
  url: string;
  messages: ParsedMail[];
  /** Resolves with the first message to `to` matching `predicate`, waiting for it if needed. */
  waitFor(to: string, predicate?: (mail: ParsedMail) => boolean, timeoutMs?: number): Promise<ParsedMail>;
  to(address: string): ParsedMail[];
  close(): Promise<void>;
}

function recipients(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

/** A real SMTP server in the test process: the app's mailer talks SMTP to it. */
export async function startTestSmtp(): Promise<TestMailbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const matching = (to: string, predicate?: (mail: ParsedMail) => boolean) =>
    messages.filter((mail) => recipients(mail).includes(to.toLowerCase()) && (!predicate || predicate(mail)));

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    to: (address) => matching(address),
    async waitFor(to, predicate, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = matching(to, predicate)[0];
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`No e-mail to ${to} arrived within ${timeoutMs} ms (have ${messages.length} in total)`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
