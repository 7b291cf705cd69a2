import { Inject, Injectable, Logger } from '@nestjs/common';
import { EXPORT_FILE_HOURS } from '@kopa/shared';
import { Clock } from '../../common/clock/clock';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { TableExportProducers } from './table-export-producers';
import { TableExportsRepository } from './table-exports.repository';

const HOUR_MS = 3600_000;
/** Expired exports removed per sweep query. */
const SWEEP_BATCH = 500;

export type WriteOutcome = 'ready' | 'failed' | 'skipped';

/** The worker's half: writes an export's file to storage, and removes the files that are past their time. */
@Injectable()
export class TableExportWriter {
  private readonly logger = new Logger(TableExportWriter.name);

  constructor(
    private readonly producers: TableExportProducers,
    private readonly repository: TableExportsRepository,
    private readonly clock: Clock,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  /**
   * Writes the file as the requester would see the list now (their current roles and access).
   * Any failure leaves the export `failed` for the user to ask again; nothing half-written is kept.
   */
  async write(exportId: string): Promise<WriteOutcome> {
    const row = await this.repository.claim(exportId, this.clock.now());
    if (!row) return 'skipped';
    let storageKey: string | undefined;
    try {
      const principal = await this.repository.principalOf(row.requestedById);
      if (!principal) throw new Error('the requester can no longer sign in');
      const file = await this.producers.produce(row.kind, principal, row.callId, row.query);
      const stored = await this.storage.put(file.stream);
      storageKey = stored.key;
      const finishedAt = this.clock.now();
      await this.repository.markReady(row.id, { fileName: file.fileName, contentType: file.contentType, storageKey, sizeBytes: stored.size }, finishedAt, this.expiry(finishedAt));
      return 'ready';
    } catch (error) {
      this.logger.warn(`export ${row.id} (${row.kind} of call ${row.callId}) failed: ${error instanceof Error ? error.message : String(error)}`);
      if (storageKey) await this.storage.delete(storageKey);
      const finishedAt = this.clock.now();
      await this.repository.markFailed(row.id, finishedAt, this.expiry(finishedAt)).catch(() => undefined);
      return 'failed';
    }
  }

  /** Removes expired exports, their files first. */
  async sweep(): Promise<number> {
    let removed = 0;
    for (;;) {
      const expired = await this.repository.expired(this.clock.now(), SWEEP_BATCH);
      for (const { storageKey } of expired) if (storageKey) await this.storage.delete(storageKey);
      await this.repository.delete(expired.map(({ id }) => id));
      removed += expired.length;
      if (expired.length < SWEEP_BATCH) return removed;
    }
  }

  private expiry(from: Date): Date {
    return new Date(from.getTime() + EXPORT_FILE_HOURS * HOUR_MS);
  }
}
