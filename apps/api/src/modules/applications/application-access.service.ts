import { Injectable } from '@nestjs/common';
import { hasPermission, ZFormDefinition, type TFormDefinition } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Tx } from '../../prisma/prisma.service';
import { ApplicationsRepository, type ApplicationDetail } from './applications.repository';
import type { ViewerContext } from './applications.mapper';

export type Viewer = Omit<ViewerContext, 'now'>;

/**
 * Object-level access to one application (the route's permission is checked by the guard):
 * members of the applying organisation, staff of the call's programme, admins for reading.
 * Anything else is answered 404 so that ids reveal nothing.
 */
@Injectable()
export class ApplicationAccess {
  constructor(private readonly applications: ApplicationsRepository) {}

  async viewerOf(principal: Principal, application: Pick<ApplicationDetail, 'organisationId' | 'call'>): Promise<Viewer | null> {
    if (hasPermission(principal.roles, 'applications:apply')) {
      const membership = await this.applications.findMembership(application.organisationId, principal.id);
      if (membership) return { actor: 'member', role: membership.role };
    }
    if (hasPermission(principal.roles, 'applications:read-all')) {
      if (principal.roles.includes('admin')) return { actor: 'staff', role: null };
      if (await this.applications.isProgrammeStaff(application.call.programmeId, principal.id)) return { actor: 'staff', role: null };
    }
    return null;
  }

  /** Members and staff who may read it. */
  async loadForRead(principal: Principal, id: string): Promise<{ application: ApplicationDetail; viewer: Viewer }> {
    const application = await this.applications.findDetail(id);
    if (!application) throw Problems.notFound();
    const viewer = await this.viewerOf(principal, application);
    if (!viewer) throw Problems.notFound();
    return { application, viewer };
  }

  /** Staff of the call's programme (admins too) — the coordinator views. */
  async loadForStaff(principal: Principal, id: string) {
    const loaded = await this.loadForRead(principal, id);
    if (loaded.viewer.actor !== 'staff') throw Problems.notFound();
    return loaded;
  }

  /** Checks membership, then locks the row for the rest of the transaction. */
  async lockForMember(tx: Tx, principal: Principal, id: string): Promise<{ application: ApplicationDetail; viewer: Viewer }> {
    const found = await this.applications.findDetail(id, tx);
    if (!found || !hasPermission(principal.roles, 'applications:apply')) throw Problems.notFound();
    const membership = await this.applications.findMembership(found.organisationId, principal.id, tx);
    if (!membership) throw Problems.notFound();
    return { application: await this.applications.lockDetail(tx, id), viewer: { actor: 'member', role: membership.role } };
  }

  /** Coordinators who manage the call's programme (admins only read). */
  async lockForManager(tx: Tx, principal: Principal, id: string): Promise<ApplicationDetail> {
    const found = await this.applications.findDetail(id, tx);
    if (!found || !hasPermission(principal.roles, 'applications:manage')) throw Problems.notFound();
    if (!(await this.applications.isProgrammeStaff(found.call.programmeId, principal.id))) throw Problems.notFound();
    return this.applications.lockDetail(tx, id);
  }

  async formOf(application: { callId: string; formVersion: number }, tx?: Tx): Promise<TFormDefinition> {
    const form = await this.applications.findForm(application.callId, application.formVersion, tx);
    if (!form) throw new Error(`form ${application.callId} v${application.formVersion} is missing`);
    return ZFormDefinition.parse(form.definition);
  }
}
