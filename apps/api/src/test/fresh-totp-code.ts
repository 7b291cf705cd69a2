import { totpCodeAt } from '../modules/auth/two-factor/totp';

const STEP_MS = 30_000;
const lastStepBySecret = new Map<string, number>();

/**
 * A code an authenticator app would accept now, from a time step this test process has not
 * handed out before for `secret`: the API takes each code once, so signing in twice within
 * 30 s needs the next step's code (the API accepts one step ahead), or a short wait.
 */
export async function freshTotpCode(secret: string): Promise<string> {
  const currentStep = () => Math.floor(Date.now() / STEP_MS);
  const next = Math.max(currentStep(), (lastStepBySecret.get(secret) ?? -1) + 1);
  while (next > currentStep() + 1) {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS - (Date.now() % STEP_MS) + 50));
  }
  lastStepBySecret.set(secret, next);
  return totpCodeAt(secret, new Date(next * STEP_MS));
}
