import { Injectable } from '@nestjs/common';
import { hasPermission, ZFormDefinition, type TFormDefinition, type TOrganisationRole } from '@kopa/shared';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import type { Call } from '../../generated/prisma/client';
import type { Tx } from '../../prisma/prisma.service';
import { ApplicationAccessRepository, type AdmittedApplication, type ApplicationDetail } from './application-access.repository';
import type { ApplicationViewer, ApplicationViewerKind } from './application-viewer';
import { assignmentOpensApplication, reviewerRedaction } from './reviewer-rules';

type Db = Tx | undefined;

const EVERY_READER: readonly ApplicationViewerKind[] = ['member', 'staff', 'reviewer'];

/**
 * The one gate for applications and everything hanging off them (answers, attachments,
 * revisions, history). The route's permission is checked by the guard; this decides the
 * object: member of the applying organisation, staff of the call's programme (admins read),
 * assigned conflict-free reviewer. Anyone else gets 404, so ids reveal nothing.
 * Features working on a call's applications (eligibility, reviews, decisions) ask it too:
 * `callForStaff`, `applicationForStaff`, `applicationForMember`, and load their own rows after.
 */
@Injectable()
export class ApplicationGate {
  constructor(private readonly access: ApplicationAccessRepository) {}

  async viewerOf(principal: Principal, application: ApplicationDetail, db?: Db): Promise<ApplicationViewer | null> {
    if (hasPermission(principal.roles, 'applications:apply')) {
      const membership = await this.access.findMembership(application.organisationId, principal.id, db);
      if (membership) return { actor: 'member', role: membership.role };
    }
    if (hasPermission(principal.roles, 'applications:read-all')) {
      const staff = await this.access.isProgrammeStaff(application.call.programmeId, principal.id, db);
      if (staff) return { actor: 'staff', role: null, manages: hasPermission(principal.roles, 'applications:manage') };
      if (principal.roles.includes('admin')) return { actor: 'staff', role: null, manages: false };
    }
    if (hasPermission(principal.roles, 'reviews:work')) {
      const assignment = await this.access.findAssignment(application.id, principal.id, db);
      if (assignment && assignmentOpensApplication(assignment.status)) {
        return { actor: 'reviewer', role: null, assignmentId: assignment.id, redaction: reviewerRedaction(application.call) };
      }
    }
    return null;
  }

  /** Loads the application for a reader of one of the given kinds (all three by default). */
  async load(
    principal: Principal,
    id: string,
    kinds: readonly ApplicationViewerKind[] = EVERY_READER,
  ): Promise<{ application: ApplicationDetail; viewer: ApplicationViewer }> {
    const application = await this.access.findDetail(id);
    if (!application) throw Problems.notFound();
    const viewer = await this.viewerOf(principal, application);
    if (!viewer || !kinds.includes(viewer.actor)) throw Problems.notFound();
    return { application, viewer };
  }

  /** Members of the applying organisation, without locking (checks before a slow step such as an upload). */
  async loadForMember(principal: Principal, id: string) {
    return this.load(principal, id, ['member']) as Promise<{ application: ApplicationDetail; viewer: Extract<ApplicationViewer, { actor: 'member' }> }>;
  }

  /** Members of the applying organisation: checks the membership and locks the row for the rest of the transaction, else 404. */
  async lockForMember(tx: Tx, principal: Principal, id: string): Promise<{ application: ApplicationDetail; viewer: Extract<ApplicationViewer, { actor: 'member' }> }> {
    // One statement checks the membership and takes the lock (every autosave passes here).
    const role = hasPermission(principal.roles, 'applications:apply') ? await this.access.lockAsMember(tx, id, principal.id) : null;
    if (!role) throw Problems.notFound();
    const application = await this.access.findDetail(id, tx);
    if (!application) throw Problems.notFound();
    return { application, viewer: { actor: 'member', role } };
  }

  /** Coordinators who manage the call's programme (admins only read); locks the row. */
  async lockForManager(tx: Tx, principal: Principal, id: string): Promise<{ application: ApplicationDetail; viewer: ApplicationViewer }> {
    if (!hasPermission(principal.roles, 'applications:manage')) throw Problems.notFound();
    await this.lockApplicationForStaff(tx, principal, id);
    return { application: await this.access.lockDetail(tx, id), viewer: { actor: 'staff', role: null, manages: true } };
  }

  /**
   * Staff of the call's programme, and only they (admins too only as staff): the call, else
   * 404. The route's permission (eligibility, reviews or decisions) was checked by the guard.
   */
  async callForStaff(principal: Principal, callId: string, tx?: Tx): Promise<Call> {
    const call = await this.access.findCall(callId, tx);
    if (!call || !(await this.access.isProgrammeStaff(call.programmeId, principal.id, tx))) throw Problems.notFound();
    return call;
  }

  /** Checks the caller, locks the call row for the rest of the transaction, then reads it again (checked again). */
  async lockCallForStaff(tx: Tx, principal: Principal, callId: string): Promise<Call> {
    await this.callForStaff(principal, callId, tx);
    await this.access.lockCall(tx, callId);
    return this.callForStaff(principal, callId, tx);
  }

  /** Staff of the programme of the application's call: the admitted application, else 404. */
  async applicationForStaff(principal: Principal, id: string, tx?: Tx): Promise<AdmittedApplication> {
    const application = await this.access.findAdmissionFacts(id, tx);
    if (!application || !(await this.access.isProgrammeStaff(application.call.programmeId, principal.id, tx))) throw Problems.notFound();
    return application;
  }

  /** Checks the caller (before, so a stranger never waits on the row), then locks the application for the rest of the transaction. */
  async lockApplicationForStaff(tx: Tx, principal: Principal, id: string): Promise<AdmittedApplication> {
    const application = await this.applicationForStaff(principal, id, tx);
    await this.access.lockApplication(tx, id);
    return application;
  }

  /** Members of the applying organisation (applicants), without locking: the admitted application and their role, else 404. */
  async applicationForMember(principal: Principal, id: string, tx?: Tx): Promise<AdmittedApplication & { role: TOrganisationRole }> {
    const application = await this.access.findAdmissionFacts(id, tx);
    if (!application || !hasPermission(principal.roles, 'applications:apply')) throw Problems.notFound();
    const membership = await this.access.findMembership(application.organisationId, principal.id, tx);
    if (!membership) throw Problems.notFound();
    return { ...application, role: membership.role };
  }

  /**
   * Extension point for the review work: the caller's assignment to this application in
   * any status (pending ones see only what a conflict declaration needs), or null.
   */
  async reviewerAssignment(principal: Principal, applicationId: string) {
    if (!hasPermission(principal.roles, 'reviews:work')) return null;
    return this.access.findAssignment(applicationId, principal.id);
  }

  /** The caller's role in an organisation (applicants only), e.g. to start an application for it. */
  async memberRole(principal: Principal, organisationId: string): Promise<TOrganisationRole | null> {
    if (!hasPermission(principal.roles, 'applications:apply')) return null;
    return (await this.access.findMembership(organisationId, principal.id))?.role ?? null;
  }

  /** Staff of the call's programme, or an admin: the coordinator's list of a call's applications. */
  async assertCallReader(principal: Principal, callId: string): Promise<void> {
    if (!hasPermission(principal.roles, 'applications:read-all')) throw Problems.notFound();
    const reader = await this.access.findCallReader(callId, principal.id);
    if (!reader) throw Problems.notFound();
    if (principal.roles.includes('admin')) return;
    if (!reader.programmeStaff) throw Problems.notFound();
  }

  /** The form version the application's answers belong to. */
  async formOf(application: { callId: string; formVersion: number }, tx?: Tx): Promise<TFormDefinition> {
    const form = await this.access.findForm(application.callId, application.formVersion, tx);
    if (!form) throw new Error(`form ${application.callId} v${application.formVersion} is missing`);
    return ZFormDefinition.parse(form.definition);
  }

  /** Many forms at once, keyed `callId:version`. */
  async formsOf(rows: { callId: string; formVersion: number }[]): Promise<Map<string, TFormDefinition>> {
    const keys = [...new Map(rows.map((row) => [`${row.callId}:${row.formVersion}`, { callId: row.callId, version: row.formVersion }])).values()];
    const forms = await this.access.findForms(keys);
    return new Map(forms.map((form) => [`${form.callId}:${form.version}`, ZFormDefinition.parse(form.definition)]));
  }
}
