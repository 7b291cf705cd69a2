import { Inject, Injectable, Logger } from '@nestjs/common';
import archiver from 'archiver';
import type { Readable } from 'node:stream';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { STORAGE_DRIVER, type StorageDriver } from '../attachments/storage/storage.driver';
import { PersonalDataRepository } from './personal-data.repository';

type Collected = NonNullable<Awaited<ReturnType<PersonalDataRepository['collect']>>>;

/** File names inside the zip: the attachment id keeps them unique, the rest stays readable. */
export function exportFileName(attachment: { id: string; fileName: string }): string {
  return `files/${attachment.id}-${attachment.fileName.replace(/[/\\]/g, '_')}`;
}

/** Everything Kopa holds about a person (GDPR art. 15 and 20): one JSON document plus their uploaded files, as a zip. */
@Injectable()
export class PersonalDataExportService {
  private readonly logger = new Logger(PersonalDataExportService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly repository: PersonalDataRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(STORAGE_DRIVER) private readonly storage: StorageDriver,
  ) {}

  /** A zip stream; files are read from storage one after another while it is sent, never all in memory. */
  async export(principal: Principal): Promise<{ stream: Readable; fileName: string }> {
    const data = await this.repository.collect(principal.id);
    if (!data) throw Problems.unauthenticated();
    const now = this.clock.now();
    await this.prisma.$transaction((tx) =>
      this.audit.record(tx, {
        actorId: principal.id,
        action: 'user.personal_data_exported',
        entityType: 'user',
        entityId: principal.id,
        after: { files: data.attachments.length },
      }),
    );
    const archive = archiver('zip', { zlib: { level: 6 } });
    archive.on('warning', (error) => this.logger.warn(`personal-data export: ${error.message}`));
    archive.append(JSON.stringify(toDocument(data, now), null, 2), { name: 'personal-data.json' });
    void this.appendFiles(archive, data.attachments);
    return { stream: archive, fileName: `kopa-personal-data-${now.toISOString().slice(0, 10)}.zip` };
  }

  private async appendFiles(archive: archiver.Archiver, attachments: Collected['attachments']): Promise<void> {
    try {
      for (const attachment of attachments) {
        archive.append(await this.storage.get(attachment.storageKey), { name: exportFileName(attachment) });
      }
      await archive.finalize();
    } catch (error) {
      this.logger.error(`personal-data export failed: ${(error as Error).message}`);
      archive.abort();
    }
  }
}

function toDocument(data: Collected, now: Date) {
  const { user } = data;
  return {
    exportedAt: now.toISOString(),
    account: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      roles: user.roles,
      emailVerifiedAt: user.emailVerifiedAt,
      twoStepSignInSince: user.totpEnabledAt,
      createdAt: user.createdAt,
      knownDevices: data.knownDevices,
    },
    sessions: data.sessions.map((s) => ({
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      expiresAt: s.expiresAt,
      revokedAt: s.revokedAt,
      userAgent: s.userAgent,
      ipAddress: s.ipAddress,
    })),
    organisationMemberships: data.memberships.map((m) => ({
      organisationId: m.organisation.id,
      organisation: m.organisation.legalName,
      role: m.role,
      since: m.createdAt,
    })),
    applications: data.applications.map((a) => ({
      id: a.id,
      referenceNumber: a.referenceNumber,
      callId: a.callId,
      youCreatedIt: a.createdById === user.id,
      youSubmittedIt: a.submittedById === user.id,
      requestedCents: a.requestedCents?.toString() ?? null,
      answers: a.answers,
      createdAt: a.createdAt,
      submittedAt: a.submittedAt,
    })),
    organisationClaims: data.claims.map((c) => ({ organisationId: c.organisationId, message: c.message, status: c.status, createdAt: c.createdAt })),
    notifications: data.notifications.map((n) => ({ subject: n.subject, body: n.body, createdAt: n.createdAt, readAt: n.readAt })),
    yourActions: data.auditEntries,
    files: data.attachments.map((a) => ({
      path: exportFileName(a),
      applicationId: a.applicationId,
      fileName: a.fileName,
      mimeType: a.mimeType,
      sizeBytes: a.sizeBytes,
      uploadedAt: a.createdAt,
    })),
  };
}
