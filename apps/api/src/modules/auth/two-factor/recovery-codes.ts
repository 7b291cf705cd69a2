import { createHash, randomBytes } from 'node:crypto';
import { RECOVERY_CODE_COUNT } from '@kopa/shared';

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

/** 10 base32 characters = 50 random bits: a fast hash suffices, there is nothing to brute-force from it. */
function newCode(): string {
  return [...randomBytes(10)].map((byte) => BASE32[byte % 32]).join('');
}

export function hashRecoveryCode(normalised: string): string {
  return createHash('sha256').update(`kopa-recovery:${normalised}`).digest('hex');
}

/** Codes as shown to the user (xxxxx-xxxxx) and the hashes to store. */
export function newRecoveryCodes(): { shown: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  return {
    shown: codes.map((code) => `${code.slice(0, 5)}-${code.slice(5)}`),
    hashes: codes.map(hashRecoveryCode),
  };
}
