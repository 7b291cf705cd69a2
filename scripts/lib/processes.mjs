import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Runs a command to completion with inherited output; rejects with a readable error when it fails. */
export function run(command, args, { env, cwd, label = [command, ...args].join(' '), onSpawn } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: 'inherit' });
    onSpawn?.(child);
    child.on('error', (error) => reject(new Error(`${label} could not start: ${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`));
    });
  });
}

/** Spawns a long-running process whose every output line is prefixed with its name. */
export function spawnPrefixed(name, command, args, { env, cwd, format = (line) => line } = {}) {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`;
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => out.write(`${prefix} ${format(line)}\n`));
  }
  return child;
}

const LEVELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** Makes a pino JSON log line readable in a terminal; other lines pass through unchanged. */
export function formatPinoLine(line) {
  if (!line.startsWith('{')) return line;
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  if (typeof entry.level !== 'number') return line;
  const time = new Date(entry.time ?? Date.now()).toISOString().slice(11, 19);
  const level = (LEVELS[entry.level] ?? String(entry.level)).padEnd(5);
  const request = entry.req ? ` ${entry.req.method} ${entry.req.url}` : '';
  const status = entry.res?.statusCode ? ` -> ${entry.res.statusCode}` : '';
  const took = typeof entry.responseTime === 'number' ? ` (${entry.responseTime} ms)` : '';
  const context = entry.context ? `[${entry.context}] ` : '';
  const error = entry.err?.stack ? `\n${entry.err.stack}` : '';
  return `${time} ${level} ${context}${entry.msg ?? ''}${request}${status}${took}${error}`;
}
