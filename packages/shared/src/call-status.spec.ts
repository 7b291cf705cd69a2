import { describe, expect, it } from 'vitest';
import { allowedCallActions, CALL_ACTIONS, CALL_STATUSES, CALL_TRANSITIONS, isCallEditable, type TCallStatus } from './call-status';

describe('call workflow table', () => {
  it('is exactly this chain: draft → published → closed → decided → archived', () => {
    expect(Object.fromEntries(Object.entries(CALL_TRANSITIONS).map(([action, rule]) => [action, `${rule.from} → ${rule.to}`]))).toEqual({
      publish: 'draft → published',
      close: 'published → closed',
      decide: 'closed → decided',
      archive: 'decided → archived',
    });
    expect(CALL_ACTIONS).toEqual(['publish', 'close', 'decide', 'archive']);
    expect(CALL_STATUSES).toEqual(['draft', 'published', 'closed', 'decided', 'archived']);
  });

  it('offers from each status exactly the one next step, and nothing once archived', () => {
    expect(Object.fromEntries(CALL_STATUSES.map((status) => [status, allowedCallActions(status)]))).toEqual({
      draft: ['publish'],
      published: ['close'],
      closed: ['decide'],
      decided: ['archive'],
      archived: [],
    });
  });

  it('walks every status once when each offered step is taken', () => {
    const visited = ['draft'] as string[];
    let status: TCallStatus = CALL_STATUSES[0];
    for (let step = allowedCallActions(status)[0]; step; step = allowedCallActions(status)[0]) {
      status = CALL_TRANSITIONS[step].to;
      visited.push(status);
    }
    expect(visited).toEqual([...CALL_STATUSES]);
  });

  it('lets drafts and published calls be edited; closed, decided and archived calls are records', () => {
    expect(Object.fromEntries(CALL_STATUSES.map((status) => [status, isCallEditable(status)]))).toEqual({
      draft: true,
      published: true,
      closed: false,
      decided: false,
      archived: false,
    });
  });
});
