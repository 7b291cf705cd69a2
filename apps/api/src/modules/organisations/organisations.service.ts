import { Injectable } from '@nestjs/common';
import type { TCreateOrganisationRequest, TOrganisationSearchQuery, TOrganisationSearchResponse, TUpdateOrganisationRequest } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { AuditService } from '../../common/audit/audit.service';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService } from '../../prisma/prisma.service';
import { Prisma, type Organisation } from '../../generated/prisma/client';
import { ReferenceRepository } from '../reference/reference.repository';
import { OrganisationAccessService, type OrganisationAccess } from './organisation-access';
import { OrganisationsRepository } from './organisations.repository';
import { toOrganisationColumns } from './organisations.mapper';

/** The profile of an organisation: creating, listing, reading and editing it. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly organisations: OrganisationsRepository,
    private readonly access: OrganisationAccessService,
    private readonly reference: ReferenceRepository,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, input: TCreateOrganisationRequest): Promise<Organisation> {
    await this.assertMunicipalityExists(input.municipalityCode);
    const columns = toOrganisationColumns(input);
    await this.assertNumberFree(columns.registrationNumber);
    try {
      return await this.prisma.$transaction(async (tx) => {
        const organisation = await this.organisations.create(tx, columns, principal.id);
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'organisation.created',
          entityType: 'organisation',
          entityId: organisation.id,
          after: organisation,
        });
        return organisation;
      });
    } catch (error) {
      // Two people registering the same number at once: the unique index decides.
      if (isUniqueViolation(error)) throw duplicateNumber();
      throw error;
    }
  }

  /** The staff lookup: by name (trigram index) or registration number, by name. */
  async search(query: TOrganisationSearchQuery): Promise<TOrganisationSearchResponse> {
    const { rows, total } = await this.organisations.search(query.q, query.page, query.pageSize);
    return {
      items: rows.map((row) => ({ id: row.id, legalName: row.legalName, registrationNumber: row.registrationNumber, municipalityCode: row.municipalityCode })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async mine(principal: Principal) {
    const rows = await this.organisations.listForUser(principal.id);
    return rows.map((row) => ({ organisation: row.organisation, role: row.role }));
  }

  get(principal: Principal, id: string): Promise<OrganisationAccess> {
    return this.access.forReading(principal, id);
  }

  async update(principal: Principal, id: string, input: TUpdateOrganisationRequest): Promise<Organisation> {
    const { organisation: before } = await this.access.forOwner(principal, id);
    await this.assertMunicipalityExists(input.municipalityCode);
    const columns = toOrganisationColumns(input);
    if (columns.registrationNumber !== before.registrationNumber) await this.assertNumberFree(columns.registrationNumber);
    try {
      return await this.prisma.$transaction(async (tx) => {
        const after = await this.organisations.updateIfVersion(tx, id, input.version, columns);
        if (!after) throw Problems.staleVersion(await this.organisations.currentVersion(tx, id));
        await this.audit.record(tx, {
          actorId: principal.id,
          action: 'organisation.updated',
          entityType: 'organisation',
          entityId: id,
          before,
          after,
        });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateNumber();
      throw error;
    }
  }

  private async assertNumberFree(registrationNumber: string | null): Promise<void> {
    if (registrationNumber && (await this.organisations.findByRegistrationNumber(registrationNumber))) {
      throw duplicateNumber();
    }
  }

  private async assertMunicipalityExists(code: string): Promise<void> {
    if (!(await this.reference.municipalityCodes()).has(code)) {
      throw Problems.validation([
        { path: 'municipalityCode', code: 'unknown_municipality', message: 'organisation.municipalityCode.unknown' },
      ]);
    }
  }
}

function duplicateNumber() {
  return Problems.conflict(
    'An organisation with this registration number is already registered. If it is yours, file a claim and a coordinator will decide.',
    [{ path: 'registrationNumber', code: 'duplicate', message: 'organisation.registrationNumber.taken' }],
  );
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}
