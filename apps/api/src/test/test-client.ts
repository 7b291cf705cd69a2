import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER } from '@kopa/shared';
import { SessionsService } from '../modules/auth/sessions.service';
import { SESSION_COOKIE } from '../common/auth/session-cookie';
import { TEST_TOTP_SECRET } from './factories';
import { freshTotpCode } from './fresh-totp-code';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/**
 * A browser-like client for app.inject(): keeps cookies, fetches a CSRF token before its
 * first write and sends it like the web app does.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrfToken: string | undefined;

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly options: { withCsrf?: boolean; acceptLanguage?: string; userAgent?: string; remoteAddress?: string } = {},
  ) {}

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body);
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body);
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** Starts a real server-side session for the user without the login form (a fixture for API tests). */
  async signInAs(userId: string): Promise<this> {
    const { token } = await this.app.get(SessionsService).start(userId, { userAgent: 'jest' });
    this.cookies.set(SESSION_COOKIE, this.app.getHttpAdapter().getInstance().signCookie(token));
    return this;
  }

  /**
   * Signs in through the real login route; when it asks for the second factor, gives the code
   * of TEST_TOTP_SECRET (what createUser enrols staff with). The answer's body is `{ user }`.
   */
  async login(email: string, password: string, totpSecret = TEST_TOTP_SECRET): Promise<TestResponse> {
    let response = await this.post('/api/auth/login', { email, password });
    if (response.status === 200 && response.body?.secondFactorRequired) {
      response = await this.post('/api/auth/login/second-factor', { code: await freshTotpCode(totpSecret) });
    }
    if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`);
    return response;
  }

  async request<T = any>(method: Method, url: string, body?: unknown): Promise<TestResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.options.acceptLanguage) headers['accept-language'] = this.options.acceptLanguage;
    if (this.options.userAgent) headers['user-agent'] = this.options.userAgent;
    if (method !== 'GET' && this.options.withCsrf !== false) {
      headers[CSRF_HEADER] = await this.ensureCsrfToken();
    }
    const response = await this.send(method, url, headers, body);
    return {
      status: response.statusCode,
      headers: response.headers,
      body: response.body ? safeJson(response.body) : undefined,
    } as TestResponse<T>;
  }

  private async ensureCsrfToken(): Promise<string> {
    if (!this.csrfToken) {
      const response = await this.send('GET', '/api/auth/csrf', {});
      this.csrfToken = JSON.parse(response.body).token as string;
    }
    return this.csrfToken;
  }

  private async send(method: Method, url: string, headers: Record<string, string>, body?: unknown) {
    const cookieHeader = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers: { ...headers, ...(cookieHeader ? { cookie: cookieHeader } : {}) },
      ...(this.options.remoteAddress ? { remoteAddress: this.options.remoteAddress } : {}),
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    for (const cookie of response.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
