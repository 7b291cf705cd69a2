import { totpCodeAt } from '../modules/auth/two-factor/totp';

const STEP_MS = 30_000;
const lastStepByAccount = new Map<string, number>();

/**
 * A code an authenticator app would accept now, from a time step this test process has not
 * handed out before for `secret`: the API takes each code once, so signing in twice within
 * 30 s needs the next step's code (the API accepts one step ahead), or a short wait. Steps are
 * counted per account (`account`, by default the secret), so accounts sharing a test secret do
 * not wait for each other.
 */
export async function freshTotpCode(secret: string, account: string = secret): Promise<string> {
  const currentStep = () => Math.floor(Date.now() / STEP_MS);
  const next = Math.max(currentStep(), (lastStepByAccount.get(account) ?? -1) + 1);
  while (next > currentStep() + 1) {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 50));
  }
  lastStepByAccount.set(account, next);
  return totpCodeAt(secret, new Date(next * STEP_MS));
}
