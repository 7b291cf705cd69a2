import { describe, expect, it } from 'vitest';
import { auditDiff, readable } from './audit-diff';

describe('auditDiff', () => {
  it('shows each field before and after and marks the ones that changed', () => {
    expect(auditDiff({ roles: ['applicant'], locale: 'lv' }, { roles: ['applicant', 'reviewer'], locale: 'lv' })).toEqual([
      { field: 'roles', before: 'applicant', after: 'applicant, reviewer', changed: true },
      { field: 'locale', before: 'lv', after: 'lv', changed: false },
    ]);
  });

  it('reads a missing side as nothing, and a snapshot that is not an object as one value', () => {
    expect(auditDiff(null, { userId: 'u1' })).toEqual([{ field: 'userId', before: '—', after: 'u1', changed: true }]);
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDiff('a', 'b')).toEqual([{ field: 'value', before: 'a', after: 'b', changed: true }]);
    expect(readable({ a: 1 })).toBe('{"a":1}');
    expect(readable([])).toBe('—');
  });
});
