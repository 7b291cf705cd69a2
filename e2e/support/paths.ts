import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const API_MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');
export const API_WORKER = join(REPO_ROOT, 'apps/api/dist/worker.js');
export const WEB_DIST = join(REPO_ROOT, 'apps/web/dist');
export const MIGRATE_CLI = 'tools/prisma-offline/src/cli-deploy.ts';
