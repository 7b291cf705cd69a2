// Signing in for the scenarios: the real login route for the dashboard user; server-side
// sessions written straight to the Session table for the hundreds of surge and autosave users
// (the same rows and signed cookie the login route makes, without 1,000 argon2 checks in setup).
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { nextForwardedFor } from './load.mjs';

export const COOKIE_SECRET = 'bench-cookie-secret-0123456789abcdefghijklmnop';

function signCookie(value) {
  const mac = createHmac('sha256', COOKIE_SECRET).update(value).digest('base64').replace(/=+$/, '');
  return encodeURIComponent(`${value}.${mac}`);
}

function cookiesFrom(response) {
  return response.headers.getSetCookie().map((line) => line.split(';')[0]);
}

/** A CSRF secret cookie and its token; the token is not bound to a user, so one pair serves all. */
export async function fetchCsrf(baseUrl) {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { 'x-forwarded-for': nextForwardedFor() } });
  if (!response.ok) throw new Error(`GET /api/auth/csrf answered ${response.status}`);
  const { token } = await response.json();
  return { cookie: cookiesFrom(response).join('; '), token };
}

/** Signs in through POST /api/auth/login like the web app; returns the Cookie header to send. */
export async function login(baseUrl, email, password) {
  const csrf = await fetchCsrf(baseUrl);
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: csrf.cookie, 'x-csrf-token': csrf.token, 'x-forwarded-for': nextForwardedFor() },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login of ${email} answered ${response.status}: ${await response.text()}`);
  return { cookie: [csrf.cookie, ...cookiesFrom(response)].join('; '), csrfToken: csrf.token };
}

/** Starts sessions for many users at once; returns userId → session cookie ("kopa_session=…"). */
export async function mintSessions(client, userIds) {
  const cookies = new Map();
  const rows = userIds.map((userId) => {
    const token = randomBytes(32).toString('base64url');
    cookies.set(userId, `kopa_session=${signCookie(token)}`);
    return [randomUUID(), createHash('sha256').update(token).digest('hex'), userId];
  });
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    await client.query(
      `INSERT INTO "Session" (id, "tokenHash", "userId", "expiresAt", "userAgent")
       SELECT id::uuid, hash, "user"::uuid, now() + interval '1 day', 'kopa-bench'
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, hash, "user")`,
      [chunk.map((r) => r[0]), chunk.map((r) => r[1]), chunk.map((r) => r[2])],
    );
  }
  return cookies;
}
