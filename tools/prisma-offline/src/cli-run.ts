// Shared CLI plumbing: failures become a short message and an exit code, not a stack trace.
import { UsageError } from './cli-args.ts';

/**
 * Engine errors carry a Rust span trace ("   0: schema_engine_wasm::...") after the
 * message, and Prisma error codes (P3009, ...) in `code`; keep the message and the code.
 */
export function formatError(error: unknown): string {
  if (!(error instanceof Error) && !(typeof error === 'object' && error !== null && 'message' in error)) {
    return String(error);
  }
  const { message, code } = error as { message: string; code?: unknown };
  const lines = message.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+\d+: \S+::/.test(line));
  let text = (traceStart === -1 ? lines : lines.slice(0, traceStart)).join('\n').trimEnd();
  // The failing migration is only named inside the trace.
  const migration = /with migration_name="([^"]+)"/.exec(message)?.[1];
  if (migration && !text.includes(migration)) text += `\nMigration: ${migration}`;
  return typeof code === 'string' && /^P\d{4}$/.test(code) ? `Error ${code}: ${text}` : `Error: ${text}`;
}

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof UsageError ? error.message : formatError(error));
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
