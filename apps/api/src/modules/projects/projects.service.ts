import { Inject, Injectable } from '@nestjs/common';
import {
  PROJECT_TRANSITIONS,
  ZMyProjectsQuery,
  ZProjectListQuery,
  type TMyProjectsQuery,
  type TProjectDetail,
  type TProjectListQuery,
  type TProjectListResponse,
  type TProjectTransitionRequest,
  type TUpdateProjectRequest,
} from '@kopa/shared';
import { AuditService } from '../../common/audit/audit.service';
import { Clock } from '../../common/clock/clock';
import type { Principal } from '../../common/auth/principal';
import { Problems } from '../../common/problem/problem.exception';
import { PrismaService, type Tx } from '../../prisma/prisma.service';
import { ApplicationGate } from '../application-access';
import { ProjectAccess } from './project-access';
import { dateColumnOf, isoDateOf, rigaIsoDateOf } from './project-dates';
import { syncReportDueDates } from './project-report-schedule';
import { isFinished, projectFacts, toProjectDetail, toProjectListItem } from './projects.mapper';
import { ProjectsRepository, type ProjectDetailRow } from './projects.repository';

const REQUIREMENT_TEXT = {
  agreementSigned: 'both sides have not yet signed the agreement',
  signedCopyUploaded: 'the signed copy of the agreement has not been uploaded',
  datesSet: 'the project has no start and end date yet',
  finalReportApproved: 'the final report has not been approved',
  tranchesSettled: 'a payment tranche is neither paid nor cancelled',
} as const;

/** Funded projects: the call's list for its coordinators, "my projects" for grantees, one project's page and its workflow. */
@Injectable()
export class ProjectsService {
  constructor(
    @Inject(PrismaService) private readonly prisma: PrismaService,
    @Inject(ProjectsRepository) private readonly projects: ProjectsRepository,
    @Inject(ProjectAccess) private readonly access: ProjectAccess,
    @Inject(ApplicationGate) private readonly gate: ApplicationGate,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Today in Riga, for "payment due". */
  today(): string {
    return rigaIsoDateOf(this.clock.now());
  }

  async listForCall(principal: Principal, callId: string, rawQuery: TProjectListQuery): Promise<TProjectListResponse> {
    await this.gate.callForStaff(principal, callId);
    const query = ZProjectListQuery.parse(rawQuery);
    const page = await this.projects.list({ callId }, query, this.today());
    const awardedCents = Number(page.awardedCents);
    const paidCents = Number(page.paidCents);
    return {
      items: page.rows.map(toProjectListItem),
      total: page.total,
      page: query.page,
      pageSize: query.pageSize,
      totals: { awardedCents, paidCents, outstandingCents: awardedCents - paidCents },
    };
  }

  async listMine(principal: Principal, rawQuery: TMyProjectsQuery): Promise<TProjectListResponse> {
    const query = { ...ZProjectListQuery.parse({}), ...ZMyProjectsQuery.parse(rawQuery) };
    const page = await this.projects.list({ memberId: principal.id }, query, this.today());
    return { items: page.rows.map(toProjectListItem), total: page.total, page: query.page, pageSize: query.pageSize, totals: null };
  }

  async get(principal: Principal, projectId: string): Promise<TProjectDetail> {
    const viewer = await this.access.viewerOf(principal, projectId);
    return toProjectDetail((await this.projects.findDetail(projectId))!, viewer);
  }

  /** Agreement data: the project period, the contact person and when each side signed. */
  async update(principal: Principal, projectId: string, input: TUpdateProjectRequest): Promise<TProjectDetail> {
    return this.prisma.$transaction(async (tx) => {
      const project = await this.lockedForChange(tx, principal, projectId, input.version);
      if (input.contactUserId && !project.organisation.members.some((member) => member.userId === input.contactUserId)) {
        throw Problems.validation([{ path: 'contactUserId', code: 'not_member', message: 'projects.contactNotMember' }], 'The contact person must be a member of the grantee organisation.');
      }
      const startDate = input.startDate === undefined ? isoDateOf(project.startDate) : input.startDate;
      const endDate = input.endDate === undefined ? isoDateOf(project.endDate) : input.endDate;
      if (startDate && endDate && endDate < startDate) {
        throw Problems.validation([{ path: 'endDate', code: 'too_small', message: 'projects.endBeforeStart' }], 'The project cannot end before it starts.');
      }
      const data = {
        startDate: dateColumnOf(input.startDate),
        endDate: dateColumnOf(input.endDate),
        contactUserId: input.contactUserId,
        granteeSignedOn: dateColumnOf(input.granteeSignedOn),
        funderSignedOn: dateColumnOf(input.funderSignedOn),
      };
      const updated = await tx.project.update({ where: { id: projectId }, data: { ...data, version: { increment: 1 } } });
      await syncReportDueDates(tx, projectId, updated);
      await this.audit.record(tx, {
        actorId: principal.id,
        action: 'project.update',
        entityType: 'project',
        entityId: projectId,
        before: agreementSnapshot(project),
        after: { ...agreementSnapshot(project), ...withoutUndefined(input), version: undefined },
      });
      return toProjectDetail((await this.projects.findDetail(projectId, tx))!, 'staff');
    });
  }

  async transition(principal: Principal, projectId: string, input: TProjectTransitionRequest): Promise<TProjectDetail> {
    return this.prisma.$transaction(async (tx) => {
      const project = await this.lockedForChange(tx, principal, projectId, input.version, { allowFinished: true });
      const transition = PROJECT_TRANSITIONS[input.action];
      if (!transition.from.includes(project.status)) {
        throw Problems.invalidTransition(`A project that is ${project.status.replace(/_/g, ' ')} cannot ${input.action}.`);
      }
      if (transition.needsReason && !input.reason) {
        throw Problems.validation([{ path: 'reason', code: 'required', message: 'projects.reasonRequired' }], 'Give the reason for this change.');
      }
      const facts = projectFacts(project);
      const unmet = transition.requires.filter((requirement) => !facts[requirement]);
      if (unmet.length > 0) {
        throw Problems.invalidTransition(`Not yet: ${unmet.map((requirement) => REQUIREMENT_TEXT[requirement]).join('; ')}.`);
      }
      await tx.project.update({
        where: { id: projectId },
        data: { status: transition.to, statusReason: transition.needsReason ? input.reason! : project.statusReason, version: { increment: 1 } },
      });
      await this.audit.record(tx, {
        actorId: principal.id,
        action: `project.${input.action}`,
        entityType: 'project',
        entityId: projectId,
        before: { status: project.status },
        after: { status: transition.to, ...(input.reason ? { reason: input.reason } : {}) },
      });
      return toProjectDetail((await this.projects.findDetail(projectId, tx))!, 'staff');
    });
  }

  /** Locks the project for a coordinator of its programme and checks the version they read. */
  async lockedForChange(tx: Tx, principal: Principal, projectId: string, version: number, options: { allowFinished?: boolean } = {}): Promise<ProjectDetailRow> {
    await this.access.lockForStaff(tx, principal, projectId);
    const project = (await this.projects.findDetail(projectId, tx))!;
    if (project.version !== version) throw Problems.staleVersion(project.version);
    if (!options.allowFinished && isFinished(project.status)) throw Problems.invalidTransition(`The project is ${project.status}: it takes no more changes.`);
    return project;
  }
}

function agreementSnapshot(project: ProjectDetailRow) {
  return {
    startDate: isoDateOf(project.startDate),
    endDate: isoDateOf(project.endDate),
    contactUserId: project.contactUserId,
    granteeSignedOn: isoDateOf(project.granteeSignedOn),
    funderSignedOn: isoDateOf(project.funderSignedOn),
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as Partial<T>;
}
