import { StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

/** A generated file (a PDF) as a download: never cached, never sniffed, its name reduced to safe characters. */
export function sendDownload(reply: FastifyReply, file: { content: Buffer; filename: string; contentType: string }): StreamableFile {
  void reply.headers({
    'content-type': file.contentType,
    'content-length': String(file.content.length),
    'content-disposition': `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
  return new StreamableFile(file.content);
}
