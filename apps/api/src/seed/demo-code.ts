// pnpm demo:code: prints the current sign-in code of the demo coordinator and admin accounts.
import { totpCodeAt } from '../modules/auth/two-factor/totp';
import { DEFAULT_DEMO_TOTP_SECRET } from './demo-totp';

const secret = process.env.DEMO_TOTP_SECRET || DEFAULT_DEMO_TOTP_SECRET;
const now = new Date();
const secondsLeft = 30 - (Math.floor(now.getTime() / 1000) % 30);
console.log(`Demo staff sign-in code: ${totpCodeAt(secret, now)}   (valid for about ${secondsLeft + 30} s)`);
