import { resolve } from 'node:path';

/** Where the published matrix lives (docs/ at the repository root). */
export const AUTHORIZATION_MATRIX_DOC = resolve(__dirname, '../../../../docs/authorization-matrix.md');
