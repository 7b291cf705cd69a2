// The web app's size budget: what a first visit to a public page downloads in JavaScript (gzip),
// from the report the production build writes (apps/web/build/route-sizes.ts): 200 KB per public
// route, the page's code and its Latvian texts included (see bench/README.md, "Web app size").
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../lib/paths.mjs';

const REPORT = join(ROOT, 'apps/web/dist/route-sizes.json');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

test('the production build reports the initial JavaScript and CSS of every route', () => {
  assert.ok(existsSync(REPORT), `${REPORT} is missing: run pnpm build first`);
  const routes = JSON.parse(readFileSync(REPORT, 'utf8'));
  for (const route of ['/', '/calls', '/calls/:id', '/login', '/register', '/events', '/events/:id', '/resource-centres', '/resource-centres/:id']) {
    const size = routes.find((r) => r.route === route);
    assert.ok(size?.public, `${route} is not reported as a public route`);
    assert.ok(size.jsGzipBytes > 0 && size.files.length > 0, `${route} has no JavaScript in the report`);
  }
});

test('every public page stays within its JavaScript budget (gzip)', () => {
  const routes = JSON.parse(readFileSync(REPORT, 'utf8'));
  const over = routes.filter((r) => r.budgetBytes !== null && r.jsGzipBytes > r.budgetBytes);
  assert.deepEqual(
    over.map((r) => `${r.route}: ${kb(r.jsGzipBytes)} > ${kb(r.budgetBytes)}`),
    [],
    'public pages over budget: code-split what they do not need (lazy routes in apps/web/src/app/router.tsx)',
  );
});

test('the signed-in screens load on demand, not on a public first visit', () => {
  const routes = JSON.parse(readFileSync(REPORT, 'utf8'));
  const home = new Set(routes.find((r) => r.route === '/').files);
  for (const route of ['/manage/calls/:id/form', '/manage/calls/:callId/applications', '/applications/:id']) {
    const own = routes.find((r) => r.route === route).files.filter((file) => !home.has(file));
    assert.ok(own.length > 0, `${route} is bundled into the public pages' download`);
  }
});
