import { authenticator } from 'otplib';
import QRCode from 'qrcode';

/** One step either side: phones whose clock drifts by up to 30 s still sign in. */
const TOLERANCE_STEPS = 1;
export const TOTP_ISSUER = 'Kopa';

export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

const STEP_MS = 30_000;

/**
 * RFC 6238 (SHA-1, 6 digits, 30 s), what every authenticator app expects. Returns the time
 * step the code belongs to (so the caller can refuse it a second time), or null when wrong.
 */
export function verifyTotp(secret: string, code: string, now: Date): number | null {
  try {
    const delta = authenticator.clone({ epoch: now.getTime(), window: TOLERANCE_STEPS }).checkDelta(code, secret);
    return delta === null ? null : Math.floor(now.getTime() / STEP_MS) + delta;
  } catch {
    return null;
  }
}

/** The code an app would show at `now` (tests and the demo seed's printout). */
export function totpCodeAt(secret: string, now: Date): string {
  return authenticator.clone({ epoch: now.getTime() }).generate(secret);
}

export function totpUri(secret: string, accountLabel: string): string {
  return authenticator.keyuri(accountLabel, TOTP_ISSUER, secret);
}

/** An SVG QR code as a data: URL, so the page shows it with a plain <img> and no extra request. */
export async function totpQrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
