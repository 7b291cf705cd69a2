#!/usr/bin/env node
// pnpm start: everything Kopa needs on one machine, with demo data, at http://localhost:3000.
// It installs nothing. It finds or starts PostgreSQL, finds Redis, starts a dev mailbox unless
// SMTP_URL is set, builds, migrates, seeds, then runs the API and the worker until stopped.
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';
import { resolveDatabase } from './lib/database.mjs';
import { resolveRedisUrl, REDIS_HELP } from './lib/redis.mjs';
import { startDevMailbox } from './lib/dev-mailbox.mjs';
import { resolveCookieSecret } from './lib/cookie-secret.mjs';
import { formatPinoLine, run, spawnPrefixed } from './lib/processes.mjs';

// `pnpm dev` runs this with --dev: the same services, then the API and web app in watch mode.
const devMode = process.argv.includes('--dev');
const log = (message) => console.log(`[kopa] ${message}`);
const fail = (message) => console.error(`[kopa] ${message}`);

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || '127.0.0.1';
const publicUrl = `http://${['127.0.0.1', '0.0.0.0', '::', 'localhost'].includes(host) ? 'localhost' : host}:${port}`;
const probeHost = ['0.0.0.0', '::'].includes(host) ? '127.0.0.1' : host;

const cleanups = [];
const services = new Map();
let stopping = false;
let stepChild;

async function cleanup() {
  for (const close of cleanups.reverse()) {
    await close().catch((error) => fail(`cleanup: ${error.message}`));
  }
  cleanups.length = 0;
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);

  // Found out now rather than after a minute of building.
  if (!(await portIsFree(port, host))) throw new Error(`Port ${port} on ${host} is already in use. Stop what uses it, or choose another: PORT=3001 pnpm start`);

  const redis = await resolveRedisUrl(process.env);
  if (!redis) {
    console.error(REDIS_HELP);
    process.exitCode = 1;
    return;
  }
  log(`Redis: ${redis.source}`);

  const database = await resolveDatabase(process.env, log);
  cleanups.push(database.stop);
  log(`PostgreSQL: ${database.source}`);

  let smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    log('E-mail: sent through SMTP_URL');
  } else {
    const mailbox = await startDevMailbox((message) => console.log(`[mail] ${message.replace(/\n/g, '\n[mail] ')}`));
    cleanups.push(mailbox.close);
    smtpUrl = mailbox.url;
    log(`E-mail: dev mailbox at ${mailbox.url}; nothing leaves this machine, messages are kept in ${mailbox.dir}`);
  }

  const cookieSecret = resolveCookieSecret(process.env);
  log(`Cookie secret: ${cookieSecret.source}`);

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    SMTP_URL: smtpUrl,
    COOKIE_SECRET: cookieSecret.value,
    PORT: String(port),
    HOST: host,
  };

  if (!devMode) await step('Building', ['build'], env);
  await step('Applying database migrations', ['db:deploy'], env);
  await step('Loading demo data', ['db:seed'], env);

  if (devMode) {
    // tsc-watch restarts API + worker (apps/api/src/dev-server.ts); Vite serves the web app and proxies /api.
    startProcess('dev', 'pnpm', ['exec', 'turbo', 'run', 'dev', '--filter=@kopa/api', '--filter=@kopa/web'], {
      ...env,
      KOPA_API_URL: `http://${probeHost}:${port}`,
    });
    await waitUntilReady();
    log('Web app with hot reload: the Vite URL above (normally http://localhost:5173)');
    return;
  }

  for (const entry of ['main.js', 'worker.js']) {
    if (!existsSync(join(ROOT, 'apps/api/dist', entry))) throw new Error(`apps/api/dist/${entry} is missing after the build`);
  }
  startService('api', 'main.js', env);
  startService('worker', 'worker.js', env);
  await waitUntilReady();
}

function portIsFree(port, host) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

async function step(title, args, env) {
  if (stopping) throw new Error('stopped');
  log(`${title} (pnpm ${args.join(' ')})...`);
  try {
    await run('pnpm', args, { env, cwd: ROOT, onSpawn: (child) => (stepChild = child) });
  } finally {
    stepChild = undefined;
  }
}

function startService(name, entry, env) {
  startProcess(name, process.execPath, [join('apps/api/dist', entry)], env);
}

function startProcess(name, command, args, env) {
  const child = spawnPrefixed(name, command, args, { env, cwd: ROOT, format: formatPinoLine });
  services.set(name, child);
  child.on('error', (error) => fail(`${name} could not start: ${error.message}`));
  child.on('exit', (code, signal) => {
    services.delete(name);
    if (stopping) return;
    fail(`${name} stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); shutting down.`);
    void shutdown(typeof code === 'number' && code !== 0 ? code : 1);
  });
}

async function waitUntilReady() {
  const url = `http://${probeHost.includes(':') ? `[${probeHost}]` : probeHost}:${port}/api/health/ready`;
  const started = Date.now();
  let warned = false;
  while (!stopping) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) {
        log(`Kopa is running at ${publicUrl}`);
        log(`API documentation: ${publicUrl}/api/docs   (Ctrl+C stops everything)`);
        return;
      }
    } catch {
      // not listening yet
    }
    if (!warned && Date.now() - started > 60_000) {
      warned = true;
      fail(`${url} has not answered 200 after a minute; still waiting.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function shutdown(exitCode) {
  if (stopping) return;
  stopping = true;
  for (const child of services.values()) child.kill('SIGTERM');
  stepChild?.kill('SIGTERM');
  const deadline = Date.now() + 10_000;
  while (services.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  for (const child of services.values()) child.kill('SIGKILL');
  await cleanup();
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!stopping) log(`${signal}: stopping...`);
    void shutdown(0);
  });
}

main().catch(async (error) => {
  if (!stopping) {
    fail(error instanceof Error ? error.message : String(error));
    await shutdown(1);
  }
});
