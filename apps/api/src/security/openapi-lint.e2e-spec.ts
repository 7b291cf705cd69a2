import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestContext } from '../test/test-app';
import { buildOfflineOpenApiDocument } from '../openapi/offline-document';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: Array<{ pointer: string }>;
}

/** `redocly lint` (recommended rules) over the document the running API serves: no errors. */
describe('OpenAPI document', () => {
  let ctx: TestContext;
  let document: any;
  const folder = mkdtempSync(join(tmpdir(), 'kopa-openapi-'));

  beforeAll(async () => {
    ctx = await startTestApp();
    document = (await ctx.client().get('/api/docs-json')).body;
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await ctx.close();
  });

  it('passes redocly lint with the recommended rules', async () => {
    const file = join(folder, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const cli = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');
    const run = promisify(execFile);
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    const args = [cli, 'lint', file, '--extends=recommended', '--format=json', '--max-problems=1000'];
    // Exit code 1 means problems were found; the JSON on stdout says which.
    const output = await run(process.execPath, args, { env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const problems = (JSON.parse(output.stdout) as { problems: LintProblem[] }).problems;
    const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(errors).toEqual([]);
  }, 60_000);

  it('marks public operations with empty security and documents problem+json errors', () => {
    const operations = Object.values(document.paths as Record<string, Record<string, any>>).flatMap((item) => Object.values(item));
    expect(document.openapi).toBe('3.1.0');
    expect(document.components.securitySchemes.kopa_session).toMatchObject({ type: 'apiKey', in: 'cookie', name: 'kopa_session' });
    const login = document.paths['/api/auth/login'].post;
    expect(login.security).toEqual([]);
    const me = document.paths['/api/auth/me'].get;
    expect(me.security).toEqual([{ kopa_session: [] }]);
    expect(me.responses['401'].content['application/problem+json'].schema).toEqual({ $ref: '#/components/schemas/Problem' });
    for (const operation of operations) {
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.security).toEqual(expect.any(Array));
    }
  });

  it('declares each success response under the status the route sends', () => {
    const operations = Object.values(document.paths as Record<string, Record<string, any>>).flatMap((item) => Object.values(item));
    for (const operation of operations) {
      expect({ operation: operation.operationId, success: Object.keys(operation.responses).filter((status) => /^2\d\d$|^default$/.test(status)).length }).toEqual({ operation: operation.operationId, success: 1 });
    }
    expect(Object.keys(document.paths['/api/auth/me'].get.responses)).toContain('200');
    expect(document.paths['/api/auth/me'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/MeDto_Output' });
    expect(Object.keys(document.paths['/api/events'].post.responses)).toContain('201');
    expect(document.paths['/api/auth/logout'].post.responses['204']).toEqual({ description: expect.any(String) });
  });

  it('documents a nullable field as nullable, not as an array', () => {
    expect(document.components.schemas.EventDetailDto_Output.properties.address).toEqual({ type: ['string', 'null'] });
    expect(document.components.schemas.EventDetailDto_Output.properties.targetGroups.type).toBe('array');
  });

  it('is the document the generated web client is built from (built without a server)', async () => {
    expect(await buildOfflineOpenApiDocument()).toEqual(document);
  }, 60_000);
});
