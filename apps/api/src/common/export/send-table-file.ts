import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { TableFile } from './table-writers';

/** A streamed export as a download: never cached, never sniffed. */
export function sendTableFile(reply: FastifyReply, file: TableFile): StreamableFile {
  void reply.headers({
    'content-type': file.contentType,
    'content-disposition': `attachment; filename="${file.fileName.replace(/[^\w.-]/g, '_')}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  return new StreamableFile(file.stream);
}
