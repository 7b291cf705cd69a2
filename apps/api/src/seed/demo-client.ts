import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CSRF_HEADER } from '@kopa/shared';
import { SESSION_COOKIE } from '../common/auth/session-cookie';
import { createPdfDocument, heading, labelledRows } from '../common/pdf/pdf-layout';
import { SessionsService } from '../modules/auth/sessions.service';

/** A browser-like client over app.inject() with a real server-side session (the seed's stand-in for a signed-in user). */
/** The user agent of the seed's sessions, which it deletes when done. */
export const DEMO_SEED_USER_AGENT = 'kopa demo seed';

export class DemoClient {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;
  private constructor(private readonly app: NestFastifyApplication) {}

  static async as(app: NestFastifyApplication, userId: string): Promise<DemoClient> {
    const { token } = await app.get(SessionsService).start(userId, { userAgent: DEMO_SEED_USER_AGENT });
    const client = new DemoClient(app);
    client.cookies.set(SESSION_COOKIE, app.getHttpAdapter().getInstance().signCookie(token));
    return client;
  }

  get(url: string): Promise<any> {
    return this.send('GET', url);
  }
  post(url: string, body?: unknown): Promise<any> {
    return this.send('POST', url, body);
  }
  patch(url: string, body: unknown): Promise<any> {
    return this.send('PATCH', url, body);
  }
  put(url: string, body: unknown): Promise<any> {
    return this.send('PUT', url, body);
  }

  async getBytes(url: string): Promise<Buffer> {
    const response = await this.inject('GET', url, {});
    if (response.statusCode !== 200) throw new Error(`demo seed: GET ${url} answered ${response.statusCode}`);
    return response.rawPayload;
  }

  upload(url: string, file: { name: string; content: Buffer; contentType: string }): Promise<any> {
    const boundary = `----kopademo${Math.random().toString(36).slice(2)}`;
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.contentType}\r\n\r\n`),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return this.send('POST', url, payload, `multipart/form-data; boundary=${boundary}`);
  }

  private async send(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: unknown, contentType?: string): Promise<any> {
    const headers: Record<string, string> = { 'accept-language': 'lv' };
    if (method !== 'GET') {
      this.csrf ??= JSON.parse((await this.inject('GET', '/api/auth/csrf', {})).body).token as string;
      headers[CSRF_HEADER] = this.csrf!;
    }
    if (contentType) headers['content-type'] = contentType;
    const response = await this.inject(method, url, headers, body);
    if (response.statusCode >= 300) throw new Error(`demo seed: ${method} ${url} answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
    return response.body ? JSON.parse(response.body) : undefined;
  }

  private async inject(method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, headers: Record<string, string>, body?: unknown) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.app.inject({ method, url, headers: { ...headers, cookie }, ...(body !== undefined ? { payload: body as object } : {}) });
    for (const set of response.cookies as Array<{ name: string; value: string }>) this.cookies.set(set.name, set.value);
    return response;
  }
}

/** A one-page PDF "scan" (a receipt or a signed page), so downloads open in any viewer. */
export async function demoPdf(title: string, rows: Array<[string, string]>): Promise<Buffer> {
  const { doc, done } = await createPdfDocument({ lang: 'lv-LV', info: { Title: title, Author: 'Kopa demo' } });
  heading(doc, title, 16);
  labelledRows(doc, rows);
  doc.end();
  return done;
}
