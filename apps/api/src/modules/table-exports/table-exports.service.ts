import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { PROBLEM_TYPES, type TTableExport, type TTableExportKind } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import type { Prisma, TableExport } from '../../generated/prisma/client';
import { JOB_OPTIONS } from '../../jobs/job-options';
import { ProducerQueues } from '../../jobs/producer-queues';
import { QUEUES } from '../../jobs/queue-names';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { WRITE_EXPORT_JOB } from './table-export-jobs';
import { TableExportProducers, type TableExportQuery } from './table-export-producers';
import { TableExportsRepository } from './table-exports.repository';

export function toTableExport(row: TableExport, now: Date): TTableExport {
  const expired = row.expiresAt !== null && row.expiresAt <= now;
  const status = expired ? 'expired' : row.status;
  return {
    id: row.id,
    kind: row.kind,
    format: row.format,
    status,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    downloadUrl: status === 'ready' ? `/api/exports/${row.id}/file` : null,
  };
}

/** Asking for a list export, following it, and downloading the file the worker wrote. */
@Injectable()
export class TableExportsService {
  private readonly logger = new Logger(TableExportsService.name);

  constructor(
    private readonly producers: TableExportProducers,
    private readonly repository: TableExportsRepository,
    private readonly queues: ProducerQueues,
    private readonly clock: Clock,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  /** Checks the caller as the list does, records the export and hands it to the worker. */
  async request<K extends TTableExportKind>(principal: Principal, kind: K, callId: string, query: TableExportQuery<K>): Promise<TTableExport> {
    await this.producers.authorize(kind, principal, callId);
    const now = this.clock.now();
    const row = await this.repository.createWithinLimit(
      { kind, format: query.format, callId, query: query as Prisma.InputJsonObject, requestedById: principal.id },
      now,
    );
    if (!row) {
      throw new ProblemException(PROBLEM_TYPES.rateLimited, 429, 'Your earlier exports are still being prepared; ask for this one when they are ready.', undefined, 30);
    }
    try {
      await this.queues.get(QUEUES.exports).add(WRITE_EXPORT_JOB, { exportId: row.id }, { ...JOB_OPTIONS.exports, jobId: row.id });
    } catch (error) {
      this.logger.warn(`export ${row.id} could not be queued: ${error instanceof Error ? error.message : String(error)}`);
      await this.queues.discard(QUEUES.exports);
      await this.repository.markFailed(row.id, now, now);
      throw new ProblemException(PROBLEM_TYPES.internal, 503, 'Exports cannot be started just now; please try again in a minute.');
    }
    return toTableExport(row, now);
  }

  /** The caller's own export; anyone else's does not exist for them. */
  async status(principal: Principal, id: string): Promise<TTableExport> {
    return toTableExport(await this.own(principal, id), this.clock.now());
  }

  /** The finished file, while it is kept and while the caller may still read the call's list. */
  async download(principal: Principal, id: string): Promise<{ stream: Readable; fileName: string; contentType: string; sizeBytes: number }> {
    const row = await this.own(principal, id);
    const view = toTableExport(row, this.clock.now());
    if (view.status === 'expired') throw new ProblemException(PROBLEM_TYPES.notFound, 410, 'This export is no longer kept; ask for a new one.');
    if (view.status !== 'ready' || !row.storageKey || !row.fileName || !row.contentType) throw Problems.conflict(`The export is ${view.status}, not ready.`);
    await this.producers.authorize(row.kind, principal, row.callId);
    return { stream: await this.storage.get(row.storageKey), fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes ?? 0 };
  }

  private async own(principal: Principal, id: string): Promise<TableExport> {
    const row = await this.repository.findOfRequester(id, principal.id);
    if (!row) throw Problems.notFound();
    return row;
  }
}
