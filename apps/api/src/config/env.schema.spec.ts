import { parseEnv } from './env.schema';

const valid = {
  DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/kopa',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  COOKIE_SECRET: 'x'.repeat(32),
};

describe('parseEnv', () => {
  it('names every missing variable so the operator knows what to set', () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is missing[\s\S]*REDIS_URL is missing/);
  });

  it('names a malformed variable', () => {
    expect(() => parseEnv({ ...valid, PORT: 'eighty' })).toThrow(/PORT is invalid/);
    expect(() => parseEnv({ ...valid, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL is invalid/);
  });

  it('derives the public URL and cookie security from the port and scheme', () => {
    const config = parseEnv({ ...valid, PORT: '4000' });
    expect(config.APP_URL).toBe('http://localhost:4000');
    expect(config.COOKIE_SECURE).toBe(false);
    expect(parseEnv({ ...valid, APP_URL: 'https://kopa.example.lv/' }).COOKIE_SECURE).toBe(true);
  });

  it('takes a hop count or a list of proxy addresses, never "trust any X-Forwarded-For"', () => {
    expect(parseEnv(valid).TRUST_PROXY).toBe(false);
    expect(parseEnv({ ...valid, TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ ...valid, TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).TRUST_PROXY).toEqual(['10.0.0.1', '10.1.0.0/16']);
    expect(() => parseEnv({ ...valid, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY is invalid/);
    expect(() => parseEnv({ ...valid, TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY is invalid/);
  });
});
