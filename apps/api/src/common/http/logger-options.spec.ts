import type { IncomingMessage } from 'node:http';
import { requestForLog } from './logger-options';

describe('request log lines', () => {
  it('name the whole URL and only harmless headers: never cookies, tokens or the CSRF header', () => {
    const raw = {
      method: 'GET',
      url: '/',
      originalUrl: '/api/calls/1/applications?page=2',
      headers: { cookie: 'kopa_session=secret', authorization: 'Bearer secret', 'x-csrf-token': 'secret', 'user-agent': 'Firefox', 'x-forwarded-for': '10.0.0.1' },
      socket: { remoteAddress: '127.0.0.1' },
    } as unknown as IncomingMessage;
    const line = requestForLog({ id: 'r-1', raw } as unknown as IncomingMessage & { id: string; raw: IncomingMessage });
    expect(line).toEqual({
      id: 'r-1',
      method: 'GET',
      url: '/api/calls/1/applications?page=2',
      headers: { 'user-agent': 'Firefox', 'x-forwarded-for': '10.0.0.1' },
      remoteAddress: '127.0.0.1',
    });
    expect(JSON.stringify(line)).not.toContain('secret');
  });
});
