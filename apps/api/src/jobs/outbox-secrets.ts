/** Query parameters of e-mailed links that are secrets (one-time tokens). */
const SECRET_QUERY_PARAMS = ['token'];
const REMOVED = 'sent';

/**
 * The payload as it is kept once the message was sent: every link param loses its one-time
 * token, so the outbox (and its backups) never becomes a store of working reset,
 * verification or invitation links. The rest stays for the record.
 */
export function withoutSecrets(payload: unknown): unknown {
  if (!payload || typeof payload !== 'object') return payload;
  const { params, ...rest } = payload as { params?: Record<string, unknown> };
  if (!params || typeof params !== 'object') return payload;
  const scrubbed = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, typeof value === 'string' ? scrubLink(value) : value]));
  return { ...rest, params: scrubbed };
}

function scrubLink(value: string): string {
  if (!/^https?:\/\//.test(value)) return value;
  try {
    const url = new URL(value);
    let changed = false;
    for (const name of SECRET_QUERY_PARAMS) {
      if (url.searchParams.has(name)) {
        url.searchParams.set(name, REMOVED);
        changed = true;
      }
    }
    return changed ? url.toString() : value;
  } catch {
    return value;
  }
}
