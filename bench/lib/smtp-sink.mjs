// A local SMTP sink: counts what the worker delivers, per recipient, and keeps nothing else.
import { SMTPServer } from 'smtp-server';

export async function startSmtpSink() {
  const byRecipient = new Map();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 50 * 1024 * 1024,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        total++;
        for (const rcpt of session.envelope.rcptTo) {
          const address = rcpt.address.toLowerCase();
          byRecipient.set(address, (byRecipient.get(address) ?? 0) + 1);
        }
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: (address) => byRecipient.get(address.toLowerCase()) ?? 0,
    get total() {
      return total;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
