import { describe, expect, it } from 'vitest';
import { hasPermission, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, type TPermission } from './permissions';
import { ROLES, type TRole } from './roles';

/**
 * The whole role → permission map, written out. Access is changed in permissions.ts and
 * nowhere else, so every change there must show up here as a deliberate edit: a role that
 * silently gains or loses a permission fails this file.
 */
const EXPECTED: Record<TRole, TPermission[]> = {
  applicant: [
    'account:self',
    'notifications:self',
    'organisations:use',
    'applications:apply',
    'projects:grantee',
    'consultations:book',
    'events:attend',
  ],
  reviewer: ['account:self', 'notifications:self', 'reviews:work', 'events:attend'],
  consultant: ['account:self', 'notifications:self', 'consultations:host', 'events:attend', 'events:manage'],
  coordinator: [
    'account:self',
    'calls:read-all',
    'calls:manage',
    'audit:read',
    'organisations:read-all',
    'organisations:review-claims',
    'applications:read-all',
    'applications:manage',
    'eligibility:manage',
    'reviews:manage',
    'decisions:manage',
    'notifications:self',
    'projects:manage',
    'consultations:host',
    'consultations:manage',
    'resource-centres:manage',
    'events:attend',
    'events:manage',
  ],
  admin: [
    'account:self',
    'notifications:self',
    'events:attend',
    'calls:read-all',
    'audit:read',
    'users:manage',
    'organisations:read-all',
    'applications:read-all',
  ],
};

const sorted = (permissions: Iterable<TPermission>) => [...permissions].sort();

describe('role → permission map', () => {
  it.each(ROLES)('gives %s exactly its permissions', (role) => {
    expect(sorted(ROLE_PERMISSIONS[role])).toEqual(sorted(EXPECTED[role]));
    expect(sorted(permissionsOf([role]))).toEqual(sorted(EXPECTED[role]));
  });

  it('lists every permission once, and every one is held by some role', () => {
    expect(new Set(PERMISSIONS).size).toBe(PERMISSIONS.length);
    expect(PERMISSIONS).toHaveLength(24);
    const granted = new Set(ROLES.flatMap((role) => EXPECTED[role]));
    expect(sorted(granted)).toEqual(sorted(PERMISSIONS));
  });

  it('names no permission twice for one role', () => {
    for (const role of ROLES) expect(new Set(ROLE_PERMISSIONS[role]).size).toBe(ROLE_PERMISSIONS[role].length);
  });

  it('answers every permission for every role exactly as the map says', () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS) {
        expect([role, permission, hasPermission([role], permission)]).toEqual([role, permission, EXPECTED[role].includes(permission)]);
      }
    }
  });

  it('keeps the separations the programme relies on', () => {
    // Admins run the system, not the programme: no applying, no deciding, no managing calls.
    for (const permission of ['calls:manage', 'applications:manage', 'decisions:manage', 'applications:apply'] as const) {
      expect(hasPermission(['admin'], permission)).toBe(false);
    }
    // Staff do not apply; applicants see only their own things.
    expect(hasPermission(['coordinator'], 'applications:apply')).toBe(false);
    expect(hasPermission(['applicant'], 'applications:read-all')).toBe(false);
    // Reviewers score; they do not manage reviews or read every application.
    expect(hasPermission(['reviewer'], 'reviews:manage')).toBe(false);
    expect(hasPermission(['reviewer'], 'applications:read-all')).toBe(false);
  });
});

describe('permissions of several roles', () => {
  it('is empty without a role', () => {
    expect(permissionsOf([]).size).toBe(0);
    for (const permission of PERMISSIONS) expect(hasPermission([], permission)).toBe(false);
  });

  it('is the union of the roles, each permission once', () => {
    const both = permissionsOf(['applicant', 'reviewer']);
    expect(sorted(both)).toEqual(sorted(new Set([...EXPECTED.applicant, ...EXPECTED.reviewer])));
    expect(hasPermission(['applicant', 'reviewer'], 'reviews:work')).toBe(true);
    expect(hasPermission(['applicant', 'reviewer'], 'applications:apply')).toBe(true);
    expect(hasPermission(['reviewer', 'applicant'], 'calls:manage')).toBe(false);
  });

  it('does not change when a role is named twice', () => {
    expect(sorted(permissionsOf(['consultant', 'consultant']))).toEqual(sorted(EXPECTED.consultant));
  });
});
