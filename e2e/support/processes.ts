import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { REPO_ROOT } from './paths';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

export interface AppProcess {
  name: string;
  logFile: string;
  child: ChildProcess;
  /** Set when the process has ended, with how. */
  exit?: string;
  stop(): Promise<void>;
}

/** Starts a built entry point with its output in `logFile`. */
export function startNode(name: string, entry: string, env: NodeJS.ProcessEnv, logFile: string): AppProcess {
  const fd = openSync(logFile, 'a');
  const child = spawn(process.execPath, [entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const app: AppProcess = {
    name,
    logFile,
    child,
    async stop() {
      if (app.exit) return;
      const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await ended;
      clearTimeout(timer);
    },
  };
  child.on('exit', (code, signal) => {
    app.exit = signal ? `killed by ${signal}` : `exited with code ${code}`;
  });
  child.on('error', (error) => {
    app.exit = `failed to start: ${error.message}`;
  });
  return app;
}

/** Waits until the API answers ready (PostgreSQL and Redis reachable), or fails with its log. */
export async function waitForReady(api: AppProcess, baseUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (api.exit) {
      throw new Error(`e2e: the API ${api.exit} before it was ready. Last lines of ${api.logFile}:\n${tail(api.logFile)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health/ready`);
      if (response.ok) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`e2e: the API was not ready within ${timeoutMs} ms (last: ${last}). Last lines of ${api.logFile}:\n${tail(api.logFile)}`);
}
