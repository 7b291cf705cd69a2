import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrate, seed, type E2eDatabase } from './database';
import { startMailCapture, type MailCapture } from './mail-capture';
import { API_MAIN, API_WORKER, WEB_DIST } from './paths';
import { freePort, startNode, tail, waitForReady, type AppProcess } from './processes';
import { deleteRedisKeys } from './redis-cleanup';
import { RUN_ENV } from './run-env';

export interface E2eEnvironment {
  baseUrl: string;
  stop(options: { keepFilesIn?: string }): Promise<void>;
}

function checkBuilt(): void {
  const missing = [API_MAIN, API_WORKER, join(WEB_DIST, 'index.html')].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `e2e: the app is not built; missing:\n${missing.map((file) => `  - ${file}`).join('\n')}\n` +
        'Run `pnpm build` at the repository root first.',
    );
  }
}

/**
 * Everything one e2e run needs, all of it its own: a fresh database (migrated and seeded),
 * an SMTP capture, a queue prefix, and the built API + worker on a free port.
 */
export async function startEnvironment(): Promise<E2eEnvironment> {
  checkBuilt();
  const runDir = mkdtempSync(join(tmpdir(), 'kopa-e2e-'));
  const mailDir = join(runDir, 'mail');
  const logDir = join(runDir, 'logs');
  const webDir = join(runDir, 'web');
  mkdirSync(mailDir);
  mkdirSync(logDir);

  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const queuePrefix = `kopa-e2e-${randomBytes(4).toString('hex')}`;
  const demoPassword = `e2e-${randomBytes(9).toString('base64url')}`;
  // Demo staff sign in with TOTP: the seed enrols them with this secret (encrypted with the app's cookie secret).
  const demoTotpSecret = base32(randomBytes(20));
  const cookieSecret = randomBytes(32).toString('hex');
  let database: E2eDatabase | undefined;
  let mail: MailCapture | undefined;
  const processes: AppProcess[] = [];
  // If the runner dies without teardown, do not leave servers behind.
  const killAll = () => processes.forEach((child) => child.exit || child.child.kill('SIGKILL'));
  process.once('exit', killAll);

  const stop = async ({ keepFilesIn }: { keepFilesIn?: string }) => {
    await Promise.all(processes.map((child) => child.stop()));
    process.off('exit', killAll);
    await mail?.close();
    await database?.drop();
    deleteRedisKeys(redisUrl, queuePrefix);
    if (keepFilesIn) {
      mkdirSync(keepFilesIn, { recursive: true });
      cpSync(logDir, join(keepFilesIn, 'logs'), { recursive: true });
      cpSync(mailDir, join(keepFilesIn, 'mail'), { recursive: true });
    }
    rmSync(runDir, { recursive: true, force: true });
  };

  try {
    // The run serves a snapshot of the web build, so a rebuild during the run (someone's
    // `pnpm build`, turbo watch) cannot swap the asset files out from under the browser.
    cpSync(WEB_DIST, webDir, { recursive: true });
    database = await createDatabase();
    migrate(database.url);
    seed(database.url, demoPassword, { COOKIE_SECRET: cookieSecret, DEMO_TOTP_SECRET: demoTotpSecret });
    mail = await startMailCapture(mailDir);

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const appEnv: NodeJS.ProcessEnv = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: baseUrl,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      SMTP_URL: mail.url,
      COOKIE_SECRET: cookieSecret,
      QUEUE_PREFIX: queuePrefix,
      OUTBOX_POLL_MS: '200',
      // Certificate links go out within seconds of an event ending (tests move events into the past).
      EVENT_SWEEP_MS: '2000',
      // Fixtures write calls straight into the database; the public list must show them at once.
      PUBLIC_CALLS_CACHE_MS: '0',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: webDir,
    };
    const api = startNode('api', API_MAIN, appEnv, join(logDir, 'api.log'));
    processes.push(api);
    const worker = startNode('worker', API_WORKER, appEnv, join(logDir, 'worker.log'));
    processes.push(worker);
    await waitForReady(api, baseUrl);
    if (worker.exit) {
      throw new Error(`e2e: the worker ${worker.exit}. Last lines of ${worker.logFile}:\n${tail(worker.logFile)}`);
    }
    const home = await fetch(`${baseUrl}/`);
    if (!home.ok || !(home.headers.get('content-type') ?? '').includes('text/html')) {
      throw new Error(`e2e: the API does not serve the web app at / (${home.status} ${home.headers.get('content-type')})`);
    }

    process.env[RUN_ENV.baseUrl] = baseUrl;
    process.env[RUN_ENV.mailDir] = mailDir;
    process.env[RUN_ENV.logDir] = logDir;
    process.env[RUN_ENV.demoPassword] = demoPassword;
    process.env[RUN_ENV.demoTotpSecret] = demoTotpSecret;
    process.env[RUN_ENV.databaseUrl] = database.url;
    return { baseUrl, stop };
  } catch (error) {
    await stop({}).catch((cleanupError: unknown) => console.error('e2e: cleanup after a failed start failed:', cleanupError));
    throw error;
  }
}

/** RFC 4648 base32 without padding: what authenticator apps (and otplib) take as a TOTP secret. */
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}
