import { basename, sep } from 'node:path';
import type { FastifyReply } from 'fastify';

/** Vite names built assets `<name>-<hash>.<ext>` under assets/: their content never changes. */
const HASHED_ASSET = /-[\w-]{8,}\.\w+$/;

/**
 * Cache headers for the built web app: content-hashed assets are immutable for a year;
 * everything else (index.html above all, which names the current assets) is revalidated.
 */
export function staticCacheControl(path: string): string {
  const inAssets = path.split(sep).includes('assets');
  // The precompressed twin (.br, .gz) of a hashed file is as immutable as the file.
  return inAssets && HASHED_ASSET.test(basename(path).replace(/\.(br|gz)$/, '')) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function setStaticCacheHeaders(reply: FastifyReply, path: string): void {
  void reply.header('cache-control', staticCacheControl(path));
}
