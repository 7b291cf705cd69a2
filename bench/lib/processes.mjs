// The app as production runs it: apps/api/dist/main.js and worker.js as their own processes.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `node <script>` with its output in `logFile`; returns { child, pid, stop(), exited }. */
export function startNode(script, env, logFile, nodeArgs = []) {
  if (!existsSync(script)) throw new Error(`${script} is missing: run pnpm build first`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [...nodeArgs, script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    pid: child.pid,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const API_MAIN = join(ROOT, 'apps/api/dist/main.js');
export const DOCKERFILE = join(ROOT, 'docker/Dockerfile');
export const COMPOSE = join(ROOT, 'docker/compose.yaml');

/**
 * The V8 flags production runs the API with: the image's NODE_OPTIONS (docker/Dockerfile), then
 * the flags its CMD gives node before the script (those Node does not take from NODE_OPTIONS),
 * read from there so the bench measures the heap production has.
 */
export function productionNodeArgs(dockerfile = readFileSync(DOCKERFILE, 'utf8')) {
  return [...imageNodeOptions(dockerfile), ...commandNodeFlags(dockerfile)];
}

/**
 * The worker's: the image's NODE_OPTIONS, then the flags compose's worker command gives node
 * (the image's CMD flags and its own smaller old generation: it writes the exports).
 */
export function productionWorkerNodeArgs(dockerfile = readFileSync(DOCKERFILE, 'utf8'), compose = readFileSync(COMPOSE, 'utf8')) {
  return [...imageNodeOptions(dockerfile), ...composeNodeFlags(compose, 'apps/api/dist/worker.js')];
}

function imageNodeOptions(dockerfile) {
  const match = /^\s*(?:ENV\s+)?NODE_OPTIONS="([^"]*)"/m.exec(dockerfile);
  if (!match) throw new Error('docker/Dockerfile sets no NODE_OPTIONS="…" for the API and the worker');
  return match[1].split(/\s+/).filter(Boolean);
}

/** The flags compose's exec-form `command: ["node", …, script]` gives node (no YAML parser here: one line per command). */
export function composeNodeFlags(compose, script) {
  const line = compose.split('\n').find((l) => l.includes(`"${script}"`) && /^\s*command:/.test(l));
  if (!line) throw new Error(`docker/compose.yaml has no command: line running ${script}`);
  return nodeFlagsOf(JSON.parse(line.replace(/^\s*command:\s*/, '')));
}

/** The flags an exec-form `CMD ["node", "--flag", …, "script.js"]` gives node (none for another CMD). */
export function commandNodeFlags(dockerfile) {
  const commands = [...dockerfile.matchAll(/^CMD\s+(\[.*\])\s*$/gm)];
  const command = commands.length > 0 ? JSON.parse(commands.at(-1)[1]) : [];
  return nodeFlagsOf(command);
}

/** ["node", "--a", "--b", "script.js"] → ["--a", "--b"]. */
export function nodeFlagsOf(command) {
  if (command[0] !== 'node') return [];
  const flags = [];
  for (const arg of command.slice(1)) {
    if (!arg.startsWith('-')) break;
    flags.push(arg);
  }
  return flags;
}

export const WORKER_MAIN = join(ROOT, 'apps/api/dist/worker.js');

export async function waitForHttp(url, { timeoutMs = 180_000, process: proc } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) throw new Error(`${url}: the process exited with code ${proc.child.exitCode}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Resident memory in MB from /proc: current (VmRSS) and the high-water mark since start (VmHWM). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: 0, hwmMb: 0 };
  }
}

/** CPU time (user + system) in ms from a /proc …/stat line (the command name may hold spaces). */
function statCpuMs(stat) {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** CPU time (user + system) a process has used so far, in ms; 0 when it is gone. */
export function cpuMsOf(pid) {
  try {
    return statCpuMs(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return 0;
  }
}

/** CPU time in ms a process's threads have used so far, summed by thread name ("MainThread", "V8Worker", …). */
export function cpuMsByThread(pid) {
  const byName = {};
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    byName[name] = (byName[name] ?? 0) + statCpuMs(stat);
  }
  return byName;
}
/** USER_HZ: /proc counts CPU time in ticks of 1/100 s on Linux. */
const CLOCK_TICKS = 100;

/** Polls RSS of the named processes every 200 ms; stop() returns each one's peak in MB. */
export function sampleRss(processes) {
  const peaks = Object.fromEntries(Object.keys(processes).map((name) => [name, 0]));
  const sample = () => {
    for (const [name, pid] of Object.entries(processes)) peaks[name] = Math.max(peaks[name], memoryOf(pid).rssMb);
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return Object.fromEntries(Object.entries(peaks).map(([name, mb]) => [name, Math.round(mb)]));
    },
  };
}
