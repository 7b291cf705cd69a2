import { describe, expect, it } from 'vitest';
import { mergeFieldChanges } from './field-merge';
import {
  REPORT_TRANSITIONS,
  addDays,
  editablePartsOf,
  missingIndicators,
  participantsTotalOf,
  reportScheduleOf,
  rigaDateOf,
  ZReportIndicators,
  ZReportScheduleDefaults,
  ZReportTransitionRequest,
} from './reports';

const form = {
  sections: [
    { id: 'results', questions: [{ id: 'summary' }, { id: 'venue' }] },
    { id: 'lessons', questions: [{ id: 'learned' }] },
  ],
} as never;

describe('report workflow', () => {
  it('is exactly this table', () => {
    expect(Object.fromEntries(Object.entries(REPORT_TRANSITIONS).map(([action, t]) => [action, `${t.from.join('|')} → ${t.to} by ${t.by}${t.needsParts ? ' (parts)' : ''}`]))).toEqual({
      submit: 'draft|changes_requested → submitted by grantee',
      requestChanges: 'submitted → changes_requested by staff (parts)',
      approve: 'submitted → approved by staff',
    });
  });

  it('a change request names parts and says why', () => {
    expect(ZReportTransitionRequest.safeParse({ action: 'requestChanges', version: 1, comment: 'x' }).success).toBe(false);
    expect(ZReportTransitionRequest.safeParse({ action: 'requestChanges', version: 1, parts: ['section:results'] }).success).toBe(false);
    expect(ZReportTransitionRequest.safeParse({ action: 'requestChanges', version: 1, parts: ['bogus'], comment: 'x' }).success).toBe(false);
    expect(ZReportTransitionRequest.safeParse({ action: 'requestChanges', version: 1, parts: ['question:summary', 'indicators'], comment: 'x' }).success).toBe(true);
  });

  it('reopens only the named parts; a section opens its questions; nothing after submission', () => {
    const open = editablePartsOf('changes_requested', ['section:results', 'expenses'], form);
    expect([[...open.questions], open.indicators, open.expenses]).toEqual([['summary', 'venue'], false, true]);
    const one = editablePartsOf('changes_requested', ['question:learned'], form);
    expect([[...one.questions], one.indicators, one.expenses]).toEqual([['learned'], false, false]);
    expect([...editablePartsOf('draft', [], form).questions]).toEqual(['summary', 'venue', 'learned']);
    expect(editablePartsOf('submitted', ['indicators'], form)).toEqual({ questions: new Set(), indicators: false, expenses: false });
  });
});

describe('report schedule', () => {
  it('interim reports after the start in order, the final one after the end; undated while the period is unknown', () => {
    const defaults = { interimOffsetsDays: [180, 90], finalOffsetDays: 30 };
    expect(reportScheduleOf(defaults, { startDate: '2027-01-31', endDate: '2027-12-31' })).toEqual([
      { kind: 'interim', offsetDays: 90, dueDate: '2027-05-01' },
      { kind: 'interim', offsetDays: 180, dueDate: '2027-07-30' },
      { kind: 'final', offsetDays: 30, dueDate: '2028-01-30' },
    ]);
    expect(reportScheduleOf(defaults, { startDate: null, endDate: null }).map((report) => report.dueDate)).toEqual([null, null, null]);
  });

  it('counts calendar days across a daylight-saving change and a leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29');
    // 23:30 UTC on 27 March is already the 28th in Riga (UTC+2, then +3).
    expect(rigaDateOf(new Date('2027-03-27T23:30:00Z'))).toBe('2027-03-28');
  });

  it('bounds the defaults', () => {
    expect(ZReportScheduleDefaults.safeParse({ interimOffsetsDays: [90, 90], finalOffsetDays: 30 }).success).toBe(false);
    expect(ZReportScheduleDefaults.safeParse({ interimOffsetsDays: Array.from({ length: 13 }, (_, i) => i + 1), finalOffsetDays: 30 }).success).toBe(false);
    expect(ZReportScheduleDefaults.safeParse({ interimOffsetsDays: [], finalOffsetDays: 366 }).success).toBe(false);
  });
});

describe('indicators', () => {
  it('are bounded whole numbers and bounded texts; a submission needs every one', () => {
    expect(ZReportIndicators.safeParse({ eventsHeld: 1.5 }).success).toBe(false);
    expect(ZReportIndicators.safeParse({ volunteers: -1 }).success).toBe(false);
    expect(ZReportIndicators.safeParse({ highlight: 'x'.repeat(1001) }).success).toBe(false);
    expect(ZReportIndicators.safeParse({ participants: { nobody: 1 } }).success).toBe(false);
    const indicators = { participants: { teachers: 2, parents: 0 }, eventsHeld: 0, outcomes: ' ' };
    expect(participantsTotalOf(indicators)).toBe(2);
    expect(missingIndicators(indicators)).toEqual([
      'participants.children_youth',
      'participants.seniors',
      'participants.ngo_members',
      'participants.municipality_staff',
      'participants.other',
      'volunteers',
      'volunteerHours',
      'outcomes',
      'highlight',
    ]);
  });
});

describe('the autosave merge', () => {
  it('applies changes based on the current field version and reports the others as conflicts', () => {
    const stored: Record<string, unknown> = { a: 'old', b: 'theirs' };
    const result = mergeFieldChanges({
      changes: [
        ['a', 'new'],
        ['b', 'mine'],
        ['c', 'same'],
      ],
      current: (field) => stored[field] ?? (field === 'c' ? 'same' : null),
      versions: { a: 1, b: 2 },
      baseVersions: { a: 1, b: 1 },
      equal: (x, y) => x === y,
    });
    expect(result).toEqual({
      applied: [['a', 'new']],
      conflicts: [{ field: 'b', yours: 'mine', theirs: 'theirs', theirsFieldVersion: 2 }],
      versions: { a: 2, b: 2 },
    });
  });
});
