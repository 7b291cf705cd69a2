import { Injectable } from '@nestjs/common';
import { hasPermission, type TOrganisationRole } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Organisation } from '../../generated/prisma/client';
import { OrganisationsRepository } from './organisations.repository';

export interface OrganisationAccess {
  organisation: Organisation;
  /** The caller's role; null for staff reading an organisation they are not part of. */
  role: TOrganisationRole | null;
}

/**
 * Ownership checks where the data is loaded: an organisation outside the caller's reach
 * does not exist for them (404); a member who is not an owner may see it but not manage it (403).
 */
@Injectable()
export class OrganisationAccessService {
  constructor(private readonly organisations: OrganisationsRepository) {}

  /** Members read their organisations; staff with organisations:read-all read any. */
  async forReading(principal: Principal, id: string): Promise<OrganisationAccess> {
    const access = await this.load(principal, id);
    if (access.role === null && !hasPermission(principal.roles, 'organisations:read-all')) throw Problems.notFound();
    return access;
  }

  async forMember(principal: Principal, id: string): Promise<OrganisationAccess & { role: TOrganisationRole }> {
    const access = await this.load(principal, id);
    if (access.role === null) throw Problems.notFound();
    return access as OrganisationAccess & { role: TOrganisationRole };
  }

  async forOwner(principal: Principal, id: string): Promise<OrganisationAccess & { role: 'owner' }> {
    const access = await this.forMember(principal, id);
    if (access.role !== 'owner') throw Problems.forbidden('Only an owner of the organisation may do this.');
    return access as OrganisationAccess & { role: 'owner' };
  }

  private async load(principal: Principal, id: string): Promise<OrganisationAccess> {
    const [organisation, membership] = await Promise.all([
      this.organisations.findById(id),
      this.organisations.membership(id, principal.id),
    ]);
    if (!organisation) throw Problems.notFound();
    return { organisation, role: membership?.role ?? null };
  }
}
