import { describe, expect, it } from 'vitest';
import {
  PROJECT_STATUSES,
  PROJECT_TRANSITIONS,
  TRANCHE_STATUSES,
  TRANCHE_TRANSITIONS,
  ZTrancheTransitionRequest,
  ZUpdateProjectRequest,
  agreementNumberOf,
  defaultTranches,
  isCountedTranche,
  projectActionsFrom,
  trancheActionsFrom,
} from './projects';

const allMet = { agreementSigned: true, signedCopyUploaded: true, datesSet: true, finalReportApproved: true, tranchesSettled: true };

describe('funded project workflow', () => {
  it('is exactly this table', () => {
    expect(
      Object.fromEntries(Object.entries(PROJECT_TRANSITIONS).map(([action, t]) => [action, `${t.from.join('|')} → ${t.to}${t.needsReason ? ' (reason)' : ''} [${t.requires.join(',')}]`])),
    ).toEqual({
      activate: 'agreement_pending → active [agreementSigned,signedCopyUploaded,datesSet]',
      requestFinalReport: 'active → final_report_due []',
      close: 'final_report_due → closed [finalReportApproved,tranchesSettled]',
      suspend: 'active|final_report_due → suspended (reason) []',
      resume: 'suspended → active (reason) []',
      terminate: 'agreement_pending|active|final_report_due|suspended → terminated (reason) []',
    });
  });

  it('offers nothing once a project is closed or terminated', () => {
    expect(projectActionsFrom('closed', allMet)).toEqual([]);
    expect(projectActionsFrom('terminated', allMet)).toEqual([]);
    for (const status of PROJECT_STATUSES.filter((s) => s !== 'closed' && s !== 'terminated')) {
      expect(projectActionsFrom(status, allMet).length).toBeGreaterThan(0);
    }
  });

  it('names what is still missing for each action', () => {
    expect(projectActionsFrom('agreement_pending', { ...allMet, agreementSigned: false, signedCopyUploaded: false, datesSet: false })).toEqual([
      { action: 'activate', unmet: ['agreementSigned', 'signedCopyUploaded', 'datesSet'] },
      { action: 'terminate', unmet: [] },
    ]);
    expect(projectActionsFrom('agreement_pending', { ...allMet, signedCopyUploaded: false })[0]).toEqual({ action: 'activate', unmet: ['signedCopyUploaded'] });
    expect(projectActionsFrom('final_report_due', { ...allMet, finalReportApproved: false })[0]).toEqual({ action: 'close', unmet: ['finalReportApproved'] });
  });

  it('numbers agreements as <call code>-<year>-L<seq>', () => {
    expect(agreementNumberOf('DK', 2026, 7)).toBe('DK-2026-L007');
    expect(agreementNumberOf('DK', 2026, 1234)).toBe('DK-2026-L1234');
  });
});

describe('payment tranches', () => {
  it('is exactly this table', () => {
    expect(
      Object.fromEntries(Object.entries(TRANCHE_TRANSITIONS).map(([action, t]) => [action, `${t.from.join('|')} → ${t.to}${t.needsReason ? ' (reason)' : ''}${t.needsCondition ? ' (condition)' : ''}`])),
    ).toEqual({
      markDue: 'planned → due',
      approve: 'due → approved (condition)',
      pay: 'approved → paid (condition)',
      hold: 'planned|due|approved → held (reason)',
      release: 'held → due (reason)',
      cancel: 'planned|due|approved|held → cancelled (reason)',
    });
    expect(Object.fromEntries(TRANCHE_STATUSES.map((status) => [status, trancheActionsFrom(status)]))).toEqual({
      planned: ['markDue', 'hold', 'cancel'],
      due: ['approve', 'hold', 'cancel'],
      approved: ['pay', 'hold', 'cancel'],
      paid: [],
      held: ['release', 'cancel'],
      cancelled: [],
    });
  });

  it('counts every tranche against the award except the cancelled ones', () => {
    expect(TRANCHE_STATUSES.filter((status) => !isCountedTranche(status))).toEqual(['cancelled']);
  });

  it('splits an award 80/20 in whole cents that add up to the award, with no empty tranche', () => {
    expect(defaultTranches(100_001)).toEqual([
      { amountCents: 80_000, condition: 'agreement_signed' },
      { amountCents: 20_001, condition: 'final_report_approved' },
    ]);
    expect(defaultTranches(0)).toEqual([]);
    expect(defaultTranches(1).map((t) => t.amountCents)).toEqual([1]);
    for (const award of [50_000, 123_457, 300_000]) {
      expect(defaultTranches(award).reduce((sum, t) => sum + t.amountCents, 0)).toBe(award);
    }
  });

  it('asks for the payment date and bank reference when paying', () => {
    expect(ZTrancheTransitionRequest.safeParse({ action: 'pay', version: 1, paidOn: '2027-03-01' }).success).toBe(false);
    expect(ZTrancheTransitionRequest.safeParse({ action: 'pay', version: 1, paidOn: '2027-03-01', bankReference: 'X1' }).success).toBe(true);
    expect(ZTrancheTransitionRequest.safeParse({ action: 'pay', version: 1, paidOn: '2027-02-30', bankReference: 'X1' }).success).toBe(false);
  });

  it('refuses a project that ends before it starts', () => {
    expect(ZUpdateProjectRequest.safeParse({ version: 1, startDate: '2027-05-01', endDate: '2027-04-30' }).success).toBe(false);
    expect(ZUpdateProjectRequest.safeParse({ version: 1, startDate: '2027-05-01', endDate: '2027-05-01' }).success).toBe(true);
  });
});
