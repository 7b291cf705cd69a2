import { existsSync, readFileSync } from 'node:fs';
import { API_TYPES_COMMAND, API_TYPES_FILE, renderApiTypes } from './api-types';
import { buildOfflineOpenApiDocument } from './offline-document';

/** The web app's client is typed by a committed file; a change to the API must come with it. */
describe('generated API types for the web app', () => {
  it('match the OpenAPI document the controllers describe', async () => {
    const expected = await renderApiTypes(await buildOfflineOpenApiDocument());
    const committed = existsSync(API_TYPES_FILE) ? readFileSync(API_TYPES_FILE, 'utf8') : '';
    if (committed !== expected) {
      throw new Error(`${API_TYPES_FILE} is stale: the API changed since it was generated. Run \`${API_TYPES_COMMAND}\` and commit the result.`);
    }
  }, 120_000);
});
