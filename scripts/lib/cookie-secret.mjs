import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_DIR } from './paths.mjs';

/** COOKIE_SECRET from the environment, else one generated on first start and kept, so sessions survive restarts. */
export function resolveCookieSecret(env = process.env, file = join(DATA_DIR, 'cookie-secret')) {
  if (env.COOKIE_SECRET) return { value: env.COOKIE_SECRET, source: 'COOKIE_SECRET' };
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) return { value: stored, source: file };
  }
  const value = randomBytes(48).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${value}\n`, { mode: 0o600 });
  return { value, source: `${file} (new)` };
}
