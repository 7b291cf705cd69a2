// autocannon with the measurements the report needs: rate, p50/p95/p99, errors of every kind.
import autocannon from 'autocannon';

const FORWARDED_POOL = 4096;
let forwardedCounter = 0;

/**
 * A different loopback client address per request (the app runs with TRUST_PROXY), so that
 * per-IP limits see many users as they would behind a proxy: 4,096 addresses keep each one
 * far under 600 requests a minute up to ~40,000 requests/s.
 */
export function nextForwardedFor() {
  const i = forwardedCounter++ % FORWARDED_POOL;
  return `127.10.${i >> 8}.${(i & 0xff) || 1}`;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Adds the rotating X-Forwarded-For to each request definition (keeping its own setupRequest). */
function withForwardedFor(request) {
  return {
    ...request,
    setupRequest(req, context) {
      const prepared = request.setupRequest ? request.setupRequest(req, context) : req;
      if (!prepared) return prepared;
      return { ...prepared, headers: { ...(prepared.headers ?? {}), 'x-forwarded-for': nextForwardedFor() } };
    },
  };
}

/**
 * Runs one load and returns { connections, requests, rps, p50, p95, p99, max, errors, non2xx, failures }.
 * `requests` are shared by all connections; `perClient(i)` gives connection i its own instead.
 * `check(status, body)` may return an error text for a 2xx answer that is still wrong.
 */
export async function runLoad({ url, requests, perClient, connections, duration, amount, overallRate, check, headers = {} }) {
  const latencies = [];
  let failures = 0;
  const failureSamples = [];
  const wrap = (request) =>
    withForwardedFor({
      ...request,
      onResponse(status, body, context, responseHeaders) {
        request.onResponse?.(status, body, context, responseHeaders);
        const problem = status >= 400 ? `HTTP ${status}: ${String(body).slice(0, 200)}` : check?.(status, body, context);
        if (problem) {
          failures++;
          if (failureSamples.length < 5) failureSamples.push(problem);
        }
      },
    });
  let clients = 0;
  const instance = autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration }),
    ...(overallRate ? { overallRate } : {}),
    headers,
    // Longer than the app's own waits (20 s for a connection, 15 s per submission), so its errors show, not ours.
    timeout: 60,
    requests: (requests ?? perClient(0)).map(wrap),
    // Per-connection requests: one applicant per connection, so its saves run one after another.
    ...(perClient ? { setupClient: (client) => client.setRequests(perClient(clients++).map(wrap)) } : {}),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await new Promise((resolve, reject) => {
    instance.on('done', resolve);
    instance.on('error', reject);
  });
  latencies.sort((a, b) => a - b);
  const seconds = result.duration;
  return {
    connections,
    requests: latencies.length,
    rps: Math.round((latencies.length / seconds) * 10) / 10,
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    errors: result.errors + result.timeouts + failures,
    non2xx: result.non2xx,
    failureSamples,
  };
}

const round = (ms) => Math.round(ms * 10) / 10;
