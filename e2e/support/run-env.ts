/**
 * What global setup hands to the test workers. Playwright starts workers after global
 * setup, with its process.env, so plain environment variables carry these across.
 */
export const RUN_ENV = {
  baseUrl: 'KOPA_E2E_BASE_URL',
  mailDir: 'KOPA_E2E_MAIL_DIR',
  logDir: 'KOPA_E2E_LOG_DIR',
  demoPassword: 'KOPA_E2E_DEMO_PASSWORD',
  demoTotpSecret: 'KOPA_E2E_DEMO_TOTP_SECRET',
  databaseUrl: 'KOPA_E2E_DATABASE_URL',
} as const;

export function readRunEnv(name: keyof typeof RUN_ENV): string {
  const value = process.env[RUN_ENV[name]];
  if (!value) {
    throw new Error(`${RUN_ENV[name]} is not set: run the e2e tests through Playwright (global setup starts the app)`);
  }
  return value;
}

/** The demo accounts the seed creates: `<role>@kopa.demo`. */
export function demoAccount(role: 'coordinator' | 'admin' | 'applicant' | 'reviewer' | 'consultant') {
  const staff = role === 'coordinator' || role === 'admin';
  return {
    email: `${role}@kopa.demo`,
    password: readRunEnv('demoPassword'),
    ...(staff ? { totpSecret: readRunEnv('demoTotpSecret') } : {}),
  };
}
