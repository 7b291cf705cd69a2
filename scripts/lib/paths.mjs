import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Repository root, whatever the working directory. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Local state of `pnpm start` (git-ignored): embedded database, dev mailbox, cookie secret. */
export const DATA_DIR = join(ROOT, '.data');
