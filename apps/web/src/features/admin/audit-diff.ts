/** One line of a before/after comparison of an audit entry. */
export interface DiffRow {
  field: string;
  before: string;
  after: string;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a person reads it: lists joined, nested objects as compact JSON, nothing as "—". */
export function readable(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(readable).join(', ');
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/**
 * The fields of `before` and `after` side by side, changed ones first marked. Snapshots that
 * are not objects (or missing) are compared as one "value" row.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return [];
    return [{ field: 'value', before: readable(before), after: readable(after), changed: readable(before) !== readable(after) }];
  }
  const left = isRecord(before) ? before : {};
  const right = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return fields.map((field) => {
    const was = readable(left[field]);
    const now = readable(right[field]);
    return { field, before: was, after: now, changed: was !== now };
  });
}
