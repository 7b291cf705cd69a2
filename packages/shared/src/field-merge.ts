/**
 * The autosave merge rule, per field: a change carries the field version the editor last
 * saw. Equal to the stored one → applied and bumped; moved on → a conflict, not applied
 * (nobody's save is lost silently). An unchanged value is neither applied nor a conflict.
 */
export interface FieldChangeConflict {
  field: string;
  yours: unknown;
  theirs: unknown;
  theirsFieldVersion: number;
}

export function mergeFieldChanges(input: {
  changes: ReadonlyArray<readonly [string, unknown]>;
  current: (field: string) => unknown;
  versions: Readonly<Record<string, number>>;
  baseVersions: Readonly<Record<string, number>>;
  equal: (a: unknown, b: unknown) => boolean;
}): { applied: Array<[string, unknown]>; conflicts: FieldChangeConflict[]; versions: Record<string, number> } {
  const versions = { ...input.versions };
  const applied: Array<[string, unknown]> = [];
  const conflicts: FieldChangeConflict[] = [];
  for (const [field, value] of input.changes) {
    const current = input.current(field) ?? null;
    const currentVersion = Object.hasOwn(versions, field) ? versions[field]! : 0;
    if (input.equal(current, value ?? null)) continue;
    const base = Object.hasOwn(input.baseVersions, field) ? input.baseVersions[field]! : 0;
    if (base !== currentVersion) {
      conflicts.push({ field, yours: value ?? null, theirs: current, theirsFieldVersion: currentVersion });
      continue;
    }
    applied.push([field, value ?? null]);
    versions[field] = currentVersion + 1;
  }
  return { applied, conflicts, versions };
}
