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

describe('readable values and uneven snapshots', () => {
  it('writes each kind of value as a person reads it', () => {
    expect([undefined, null, '', [], [null, 'a'], [1, true], false, 0, { a: [1] }].map(readable)).toEqual([
      '—',
      '—',
      '—',
      '—',
      '—, a',
      '1, true',
      'false',
      '0',
      '{"a":[1]}',
    ]);
  });

  it('lists the fields of both sides once, in the order they first appear', () => {
    expect(auditDiff({ a: 1, b: 2 }, { b: 2, c: 3 })).toEqual([
      { field: 'a', before: '1', after: '—', changed: true },
      { field: 'b', before: '2', after: '2', changed: false },
      { field: 'c', before: '—', after: '3', changed: true },
    ]);
    expect(auditDiff({ a: 1 }, 'gone')).toEqual([{ field: 'a', before: '1', after: '—', changed: true }]);
    expect(auditDiff(['x'], ['x'])).toEqual([{ field: 'value', before: 'x', after: 'x', changed: false }]);
    expect(auditDiff(undefined, 5)).toEqual([{ field: 'value', before: '—', after: '5', changed: true }]);
  });
});
