import { readFileSync } from 'node:fs';
import { ACTORS, AUTHORIZATION_MATRIX } from './authorization-matrix';
import { AUTHORIZATION_MATRIX_DOC } from './authorization-matrix-doc-path';
import { renderAuthorizationMatrixMarkdown } from './authorization-matrix.markdown';

describe('The published authorization matrix', () => {
  it('is generated from the current table (run `pnpm --filter @kopa/api docs:matrix` after changing it)', () => {
    expect(readFileSync(AUTHORIZATION_MATRIX_DOC, 'utf8')).toBe(renderAuthorizationMatrixMarkdown());
  });

  it('gives every row an outcome for every actor, and refuses the anonymous visitor outside public routes', () => {
    for (const row of AUTHORIZATION_MATRIX) {
      expect(Object.keys(row.expect).sort()).toEqual([...ACTORS].sort());
      const everyoneOk = ACTORS.every((actor) => row.expect[actor] === 'ok');
      if (!everyoneOk) expect([row.route, row.expect.anonymous]).toEqual([row.route, 401]);
    }
  });
});
