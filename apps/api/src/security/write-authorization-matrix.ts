import { writeFileSync } from 'node:fs';
import { AUTHORIZATION_MATRIX_DOC } from './authorization-matrix-doc-path';
import { renderAuthorizationMatrixMarkdown } from './authorization-matrix.markdown';

/** `pnpm --filter @kopa/api docs:matrix`: regenerates docs/authorization-matrix.md from the table. */
writeFileSync(AUTHORIZATION_MATRIX_DOC, renderAuthorizationMatrixMarkdown());
console.log(`wrote ${AUTHORIZATION_MATRIX_DOC}`);
