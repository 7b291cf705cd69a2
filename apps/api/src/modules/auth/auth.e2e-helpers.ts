import type { PrismaClient } from '../../generated/prisma/client';
import { ZEmailPayload, type TEmailPayload } from '../../jobs/email.payload';
import { startTestApp, type TestContext } from '../../test/test-app';

/** A generous auth rate limit so that only the rate-limit spec ever meets it. */
export function startAuthTestApp(overrides: Record<string, string> = {}): Promise<TestContext> {
  return startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '1000', ...overrides });
}

/**
 * E-mails the API wrote to the outbox for `to` (oldest first). Read from the table rather than
 * the SMTP mailbox so these specs do not depend on the relay and the worker.
 */
export async function outboxEmails(prisma: PrismaClient, to: string, template?: string): Promise<TEmailPayload[]> {
  const rows = await prisma.outboxMessage.findMany({ where: { kind: 'email' }, orderBy: { createdAt: 'asc' } });
  return rows
    .map((row) => ZEmailPayload.parse(row.payload))
    .filter((payload) => payload.to === to && (!template || payload.template === template));
}

/** The token from the link of the latest `template` e-mail to `to`. */
export async function tokenFromOutbox(prisma: PrismaClient, to: string, template: 'verify-email' | 'reset-password') {
  const emails = await outboxEmails(prisma, to, template);
  const latest = emails.at(-1);
  if (!latest) throw new Error(`No ${template} e-mail to ${to} in the outbox`);
  const link = new URL(String(latest.params.link));
  const token = link.searchParams.get('token');
  if (!token) throw new Error(`The ${template} link has no token: ${link.href}`);
  return { token, link };
}

export function expectProblem(response: { status: number; body: any; headers: Record<string, unknown> }, status: number, type: string) {
  expect({ status: response.status, type: response.body?.type }).toEqual({ status, type });
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
}
