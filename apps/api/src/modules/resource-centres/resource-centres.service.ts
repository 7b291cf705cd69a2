import { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RESOURCE_CENTRE_PHOTO_MAX_BYTES, ZUpdateResourceCentreRequest, type TResourceCentreListQuery, type TResourceCentreListResponse } from '@kopa/shared';
import type { z } from 'zod';
import { AuditService } from '../../common/audit/audit.service';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { ProblemException, Problems } from '../../common/problem/problem.exception';
import { PROBLEM_TYPES } from '@kopa/shared';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { NotAnImageError, PhotoTooLargeError, readLimited, resizePhoto } from './resource-centre-photo';
import { toCentre, toCentreSummary } from './resource-centres.mapper';
import { ResourceCentresRepository, type CentreRow } from './resource-centres.repository';

type UpdateInput = z.output<typeof ZUpdateResourceCentreRequest>;

@Injectable()
export class ResourceCentresService {
  private readonly logger = new Logger(ResourceCentresService.name);

  constructor(
    private readonly repository: ResourceCentresRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  async list(query: TResourceCentreListQuery): Promise<TResourceCentreListResponse> {
    const { rows, total } = await this.repository.list({ municipality: query.municipality, q: query.q }, query.page, query.pageSize);
    return { items: rows.map(toCentreSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async get(id: string) {
    return toCentre(await this.load(id));
  }

  async update(principal: Principal, id: string, input: UpdateInput) {
    const { version, ...data } = input;
    const updated = await this.repository.transaction(async (tx) => {
      const before = await this.load(id);
      const row = await this.repository.updateIfVersion(tx, id, version, data);
      if (!row) throw Problems.staleVersion(before.version);
      await this.audit.record(tx, { actorId: principal.id, action: 'resource_centre.updated', entityType: 'resource_centre', entityId: id, before: toCentre(before), after: toCentre(row) });
      return row;
    });
    return toCentre(updated);
  }

  /** Stores the uploaded photo resized (see resizePhoto) through the attachments' storage driver. */
  async replacePhoto(principal: Principal, id: string, content: Readable) {
    await this.load(id);
    let resized: Buffer;
    try {
      resized = await resizePhoto(await readLimited(content, RESOURCE_CENTRE_PHOTO_MAX_BYTES));
    } catch (error) {
      if (error instanceof PhotoTooLargeError) throw new ProblemException(PROBLEM_TYPES.fileTooLarge, 413, error.message);
      if (error instanceof NotAnImageError) throw new ProblemException(PROBLEM_TYPES.unsupportedFileType, 415, 'The file is not a photo (JPEG, PNG, WebP).');
      throw error;
    }
    const stored = await this.storage.put(Readable.from(resized));
    const { previousKey } = await this.repository.setPhoto(id, stored.key, this.clock.now());
    if (previousKey) {
      await this.storage.delete(previousKey).catch((error: unknown) => this.logger.warn(`old photo ${previousKey} not deleted: ${String(error)}`));
    }
    await this.repository.transaction((tx) =>
      this.audit.record(tx, { actorId: principal.id, action: 'resource_centre.photo_replaced', entityType: 'resource_centre', entityId: id }),
    );
    return toCentre(await this.load(id));
  }

  async photo(id: string): Promise<Readable> {
    const row = await this.load(id);
    if (!row.photoKey) throw Problems.notFound();
    return this.storage.get(row.photoKey);
  }

  private async load(id: string): Promise<CentreRow> {
    const row = await this.repository.find(id);
    if (!row) throw Problems.notFound();
    return row;
  }
}
