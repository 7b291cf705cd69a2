import type { TMyApplicationItem } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import { needsAction, sortMyApplications } from './needs-action';

const now = new Date('2026-03-10T12:00:00Z');

function item(overrides: Partial<TMyApplicationItem>): TMyApplicationItem {
  const status = overrides.status ?? 'draft';
  const workable = status === 'draft' || status === 'clarification_requested';
  return {
    allowedActions: workable ? ['edit', 'submit', 'withdraw'] : status === 'submitted' ? ['withdraw'] : [],
    id: 'a',
    referenceNumber: null,
    status: 'draft',
    callId: 'c',
    callCode: 'DK',
    callTitle: { lv: 'Konkurss', en: 'Call' },
    closesAt: '2026-03-20T21:59:00Z',
    organisationId: 'o',
    organisationName: 'Biedrība',
    requestedCents: null,
    needsAction: true,
    actionDueAt: '2026-03-20T21:59:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

describe('needsAction', () => {
  it('follows the API\'s allowedActions, not the status: a draft the API no longer lets anyone edit needs nothing', () => {
    expect(needsAction([item({ id: 'late', allowedActions: [] })], now)).toEqual([]);
    expect(sortMyApplications([item({ id: 'late', allowedActions: [], updatedAt: '2026-01-01T00:00:00Z' }), item({ id: 'sub', status: 'submitted', updatedAt: '2026-02-01T00:00:00Z' })]).map((a) => a.id)).toEqual(['sub', 'late']);
  });

  it('lists drafts before the deadline and open clarifications, soonest first', () => {
    const result = needsAction(
      [
        item({ id: 'draft' }),
        item({ id: 'clar', status: 'clarification_requested', actionDueAt: '2026-03-12T10:00:00Z' }),
        item({ id: 'submitted', status: 'submitted', needsAction: false, referenceNumber: 'DK-2026-001' }),
      ],
      now,
    );
    expect(result.map((entry) => [entry.application.id, entry.kind])).toEqual([
      ['clar', 'answerClarification'],
      ['draft', 'finishDraft'],
    ]);
  });

  it('drops items whose deadline has passed by the clock, even if the server said otherwise', () => {
    expect(needsAction([item({ actionDueAt: '2026-03-10T11:59:59Z' })], now)).toEqual([]);
  });

  it('ignores withdrawn and other finished applications and falls back to the call close', () => {
    expect(needsAction([item({ status: 'withdrawn' })], now)).toEqual([]);
    expect(needsAction([item({ actionDueAt: null })], now)[0].dueAt).toBe('2026-03-20T21:59:00Z');
    expect(needsAction([item({ needsAction: false })], now)).toEqual([]);
  });
});

describe('sortMyApplications', () => {
  it('puts active ones first by deadline, then the rest by last change', () => {
    const sorted = sortMyApplications([
      item({ id: 'old', status: 'submitted', updatedAt: '2026-01-01T00:00:00Z' }),
      item({ id: 'late', actionDueAt: '2026-04-01T00:00:00Z' }),
      item({ id: 'new', status: 'withdrawn', updatedAt: '2026-02-01T00:00:00Z' }),
      item({ id: 'soon', actionDueAt: '2026-03-11T00:00:00Z' }),
    ]);
    expect(sorted.map((entry) => entry.id)).toEqual(['soon', 'late', 'new', 'old']);
  });
});
