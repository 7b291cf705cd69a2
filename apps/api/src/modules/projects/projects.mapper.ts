import {
  isCountedTranche,
  projectActionsFrom,
  projectTitleOf,
  trancheActionsFrom,
  type TProjectDetail,
  type TProjectFacts,
  type TProjectListItem,
  type TProjectStatus,
  type TTrancheCondition,
  type TTrancheStatus,
} from '@kopa/shared';
import type { ProjectViewer } from './project-access';
import { isoDateOf } from './project-dates';
import type { ProjectDetailRow, ProjectListRow } from './projects.repository';

export function toProjectListItem(row: ProjectListRow): TProjectListItem {
  return {
    id: row.id,
    agreementNumber: row.agreementNumber,
    status: row.status as TProjectStatus,
    projectTitle: projectTitleOf(row.answers),
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    municipalityCode: row.municipalityCode,
    callId: row.callId,
    callCode: row.callCode,
    startDate: isoDateOf(row.startDate),
    endDate: isoDateOf(row.endDate),
    awardedCents: Number(row.awardedCents),
    paidCents: Number(row.paidCents),
    nextReport: row.nextReportId ? { id: row.nextReportId, kind: row.nextReportKind!, dueDate: isoDateOf(row.nextReportDue) } : null,
  };
}

/** Whether a tranche's condition holds for the project as it is now. */
export function conditionMet(
  tranche: { condition: TTrancheCondition; reportId: string | null },
  project: Pick<ProjectDetailRow, 'granteeSignedOn' | 'funderSignedOn' | 'finalReportApprovedAt' | 'reports'>,
): boolean {
  switch (tranche.condition) {
    case 'none':
      return true;
    case 'agreement_signed':
      return project.granteeSignedOn !== null && project.funderSignedOn !== null;
    case 'final_report_approved':
      return project.finalReportApprovedAt !== null;
    case 'report_approved':
      return project.reports.some((report) => report.id === tranche.reportId && report.status === 'approved');
  }
}

export function projectFacts(project: ProjectDetailRow): TProjectFacts {
  return {
    agreementSigned: conditionMet({ condition: 'agreement_signed', reportId: null }, project),
    signedCopyUploaded: project._count.agreementDocuments > 0,
    datesSet: project.startDate !== null && project.endDate !== null,
    finalReportApproved: project.finalReportApprovedAt !== null,
    tranchesSettled: project.tranches.every((tranche) => tranche.status === 'paid' || tranche.status === 'cancelled'),
  };
}

export function moneyOf(project: Pick<ProjectDetailRow, 'awardedCents' | 'tranches'>) {
  const awardedCents = Number(project.awardedCents);
  const paidCents = project.tranches.filter((tranche) => tranche.status === 'paid').reduce((sum, tranche) => sum + Number(tranche.amountCents), 0);
  return { awardedCents, paidCents, outstandingCents: awardedCents - paidCents };
}

/** What the tranches promise in all (cancelled ones no longer count): never more than the award. */
export function scheduledCents(tranches: { status: string; amountCents: bigint }[]): number {
  return tranches.filter((tranche) => isCountedTranche(tranche.status as TTrancheStatus)).reduce((sum, tranche) => sum + Number(tranche.amountCents), 0);
}

export function toProjectDetail(project: ProjectDetailRow, viewer: ProjectViewer): TProjectDetail {
  const staff = viewer === 'staff';
  const money = moneyOf(project);
  return {
    id: project.id,
    version: project.version,
    agreementNumber: project.agreementNumber,
    status: project.status,
    statusReason: project.statusReason,
    projectTitle: projectTitleOf(project.application.answers),
    applicationId: project.applicationId,
    referenceNumber: project.application.referenceNumber,
    organisationId: project.organisationId,
    organisationName: project.organisation.legalName,
    municipalityCode: project.organisation.municipalityCode,
    callId: project.callId,
    callCode: project.call.code,
    callTitle: { lv: project.call.titleLv, en: project.call.titleEn },
    startDate: isoDateOf(project.startDate),
    endDate: isoDateOf(project.endDate),
    contactUserId: project.contactUserId,
    contactName: project.contactUser?.displayName ?? null,
    granteeSignedOn: isoDateOf(project.granteeSignedOn),
    funderSignedOn: isoDateOf(project.funderSignedOn),
    awardedCents: money.awardedCents,
    paidCents: money.paidCents,
    nextReport: null,
    totals: money,
    tranches: project.tranches.map((tranche) => ({
      id: tranche.id,
      position: tranche.position,
      amountCents: Number(tranche.amountCents),
      dueDate: isoDateOf(tranche.dueDate),
      condition: tranche.condition,
      reportId: tranche.reportId,
      conditionMet: conditionMet(tranche, project),
      status: tranche.status,
      paidOn: isoDateOf(tranche.paidOn),
      bankReference: tranche.bankReference,
      reason: tranche.reason,
      allowedActions: staff && !isFinished(project.status) ? trancheActionsFrom(tranche.status) : [],
    })),
    actions: staff ? projectActionsFrom(project.status, projectFacts(project)) : [],
    contactCandidates: staff ? project.organisation.members.map((member) => ({ userId: member.userId, name: member.user.displayName })) : [],
    viewer,
  };
}

/** Closed and terminated projects take no more payments or edits. */
export function isFinished(status: TProjectStatus): boolean {
  return status === 'closed' || status === 'terminated';
}
