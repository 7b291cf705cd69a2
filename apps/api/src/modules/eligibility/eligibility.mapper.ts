import {
  allowedApplicationActions,
  ELIGIBILITY_ACTIONS,
  ZEligibilityChecklist,
  type TApplicationStatus,
  type TEligibilityAutoResult,
  type TEligibilityChecklistItem,
  type TEligibilityDetailResponse,
  type TEligibilityListItem,
  type TOrganisationType,
} from '@kopa/shared';
import { z } from 'zod';
import type { EligibilityApplication } from './eligibility.repository';
import { EligibilityResults } from './eligibility-results';

export function checklistOf(value: unknown): TEligibilityChecklistItem[] {
  return ZEligibilityChecklist.catch([]).parse(value);
}

export function ticksOf(value: unknown): Record<string, boolean> {
  return z.record(z.string(), z.boolean()).catch({}).parse(value);
}

const toNumber = (cents: bigint | null) => (cents === null ? null : Number(cents));

/** Eligibility actions the workflow table allows programme staff from this status. */
export function eligibilityActions(status: TApplicationStatus) {
  return allowedApplicationActions(status, 'staff', true).filter((action) => (ELIGIBILITY_ACTIONS as readonly string[]).includes(action));
}

export function toEligibilityDetail(
  application: EligibilityApplication,
  autoResults: TEligibilityAutoResult[],
  decidedByName: string | null,
): TEligibilityDetailResponse {
  const record = application.eligibility;
  const ticks = ticksOf(record?.checklist);
  return {
    applicationId: application.id,
    callId: application.callId,
    referenceNumber: application.referenceNumber,
    status: application.status as TApplicationStatus,
    organisation: {
      legalName: application.organisation.legalName,
      type: application.organisation.type as TOrganisationType,
      municipalityCode: application.organisation.municipalityCode,
    },
    requestedCents: toNumber(application.requestedCents),
    autoResults,
    autoPassed: autoResults.length > 0 && autoResults.every((result) => result.passed),
    checklist: checklistOf(application.call.eligibilityChecklist).map((item) => ({ ...item, ticked: ticks[item.id] === true })),
    outcome: record?.outcome ?? null,
    reason: record?.reason ?? null,
    decidedAt: record?.decidedAt?.toISOString() ?? null,
    decidedByName,
    version: record?.version ?? 1,
    allowedActions: eligibilityActions(application.status as TApplicationStatus),
  };
}

interface ListRow {
  id: string;
  referenceNumber: string | null;
  status: string;
  requestedCents: bigint | null;
  submittedAt: Date | null;
  organisation: { legalName: string };
  eligibility: { autoPassed: boolean | null; autoResults: unknown; checklist: unknown; outcome: 'eligible' | 'ineligible' | null } | null;
}

export function toEligibilityListItem(row: ListRow, checklist: TEligibilityChecklistItem[]): TEligibilityListItem {
  const results = EligibilityResults.stored(row.eligibility?.autoResults);
  const ticks = ticksOf(row.eligibility?.checklist);
  return {
    applicationId: row.id,
    referenceNumber: row.referenceNumber,
    organisationName: row.organisation.legalName,
    status: row.status as TApplicationStatus,
    requestedCents: toNumber(row.requestedCents),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    autoPassed: row.eligibility?.autoPassed ?? null,
    failedChecks: results.filter((result) => !result.passed).map((result) => result.check),
    checklistTicked: checklist.filter((item) => ticks[item.id] === true).length,
    outcome: row.eligibility?.outcome ?? null,
  };
}
