import { hasPermission, type TPermission, type TRole } from '@kopa/shared';

/**
 * Who sees a navigation entry: a permission (the normal case) or, where a role's work has
 * no permission of its own yet (consultations), the role itself.
 */
export type NavAccess = { permission: TPermission } | { role: TRole } | { everyone: true };

export interface WorkspaceNavItem {
  to: string;
  /** Translation key of the label. */
  label: string;
  access: NavAccess;
  /** Matches only the exact path (for entries whose path prefixes others). */
  end?: boolean;
}

/**
 * The one table of signed-in navigation, in the order shown. To add an area (e.g. the
 * reviewer's work or the inbox), add a row with the permission its route requires.
 */
export const WORKSPACE_NAV: readonly WorkspaceNavItem[] = [
  { to: '/admin', label: 'workspace.nav.adminUsers', access: { permission: 'users:manage' }, end: true },
  { to: '/admin/programmes', label: 'workspace.nav.adminProgrammes', access: { permission: 'users:manage' } },
  { to: '/admin/jobs', label: 'workspace.nav.adminJobs', access: { permission: 'users:manage' } },
  { to: '/workspace/coordinator', label: 'workspace.nav.coordinatorHome', access: { permission: 'calls:manage' } },
  { to: '/manage/calls', label: 'nav.manageCalls', access: { permission: 'calls:manage' } },
  { to: '/manage/organisation-claims', label: 'organisations.nav.claims', access: { permission: 'organisations:review-claims' } },
  { to: '/admin/audit', label: 'workspace.nav.audit', access: { permission: 'audit:read' } },
  { to: '/reviews', label: 'workspace.nav.reviews', access: { permission: 'reviews:work' } },
  { to: '/consultations', label: 'workspace.nav.consultations', access: { permission: 'consultations:host' } },
  { to: '/dashboard', label: 'nav.dashboard', access: { permission: 'applications:apply' } },
  { to: '/organisations', label: 'organisations.nav.link', access: { permission: 'organisations:use' } },
  { to: '/projects', label: 'projects.nav.mine', access: { permission: 'projects:grantee' } },
  { to: '/consultations/mine', label: 'workspace.nav.consultations', access: { permission: 'consultations:book' } },
  { to: '/events/mine', label: 'workspace.nav.myEvents', access: { permission: 'events:attend' } },
  { to: '/calls', label: 'nav.calls', access: { everyone: true } },
];

export function canSee(roles: readonly TRole[], access: NavAccess): boolean {
  if ('everyone' in access) return true;
  if ('role' in access) return roles.includes(access.role);
  return hasPermission(roles, access.permission);
}

export function navItemsFor(roles: readonly TRole[]): WorkspaceNavItem[] {
  return WORKSPACE_NAV.filter((item) => canSee(roles, item.access));
}

/**
 * Where each kind of user lands after signing in, first match wins: a person with several
 * roles starts at the work that most needs them (admin, then coordination, review, …).
 */
const HOMES: ReadonlyArray<{ access: NavAccess; path: string }> = [
  { access: { permission: 'users:manage' }, path: '/admin' },
  { access: { permission: 'calls:manage' }, path: '/workspace/coordinator' },
  { access: { permission: 'reviews:work' }, path: '/reviews' },
  { access: { permission: 'consultations:host' }, path: '/consultations' },
  { access: { permission: 'applications:apply' }, path: '/dashboard' },
];

export function homePathFor(roles: readonly TRole[]): string {
  return HOMES.find((home) => canSee(roles, home.access))?.path ?? '/';
}
