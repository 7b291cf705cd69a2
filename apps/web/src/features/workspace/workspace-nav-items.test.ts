import { ROLES, type TRole } from '@kopa/shared';
import { describe, expect, it } from 'vitest';
import { canSee, homePathFor, navItemsFor, WORKSPACE_NAV } from './workspace-nav-items';

const pathsFor = (roles: TRole[]) => navItemsFor(roles).map((item) => item.to);

describe('workspace navigation table', () => {
  it('gives each role exactly its entries, in order', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, pathsFor([role])]))).toEqual({
      applicant: ['/dashboard', '/organisations', '/projects', '/consultations/mine', '/events/mine', '/calls'],
      reviewer: ['/reviews', '/events/mine', '/calls'],
      coordinator: ['/workspace/coordinator', '/manage/calls', '/manage/organisation-claims', '/admin/audit', '/consultations', '/events/mine', '/calls'],
      consultant: ['/consultations', '/events/mine', '/calls'],
      admin: ['/admin', '/admin/programmes', '/admin/jobs', '/admin/audit', '/events/mine', '/calls'],
    });
  });

  it('shows the calls to a signed-in user without a role, and nothing else', () => {
    expect(pathsFor([])).toEqual(['/calls']);
  });

  it('adds up the entries of several roles without repeating one', () => {
    expect(pathsFor(['applicant', 'reviewer'])).toEqual(['/reviews', '/dashboard', '/organisations', '/projects', '/consultations/mine', '/events/mine', '/calls']);
  });

  it('names every entry by a text that exists in both languages', () => {
    type Tree = { [key: string]: string | Tree };
    const texts = import.meta.glob<Tree>(['../../i18n/*.json', '../../i18n/*/*.json'], { eager: true, import: 'default' });
    const has = (language: string, key: string) =>
      Object.entries(texts)
        .filter(([file]) => file.includes(`/${language}.json`) || file.includes(`/${language}/`))
        .some(([, tree]) => typeof key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree) === 'string');
    expect(WORKSPACE_NAV.map((item) => item.label)).toEqual([
      'workspace.nav.adminUsers',
      'workspace.nav.adminProgrammes',
      'workspace.nav.adminJobs',
      'workspace.nav.coordinatorHome',
      'nav.manageCalls',
      'organisations.nav.claims',
      'workspace.nav.audit',
      'workspace.nav.reviews',
      'workspace.nav.consultations',
      'nav.dashboard',
      'organisations.nav.link',
      'projects.nav.mine',
      'workspace.nav.consultations',
      'workspace.nav.myEvents',
      'nav.calls',
    ]);
    expect(has('en', 'nav.noSuchEntry')).toBe(false);
    for (const item of WORKSPACE_NAV) expect([item.label, has('lv', item.label), has('en', item.label)]).toEqual([item.label, true, true]);
  });

  it('matches the admin console exactly, since its path prefixes the other admin pages', () => {
    expect(WORKSPACE_NAV.filter((item) => item.end).map((item) => item.to)).toEqual(['/admin']);
  });

  it('lets a role-bound entry be seen by that role only', () => {
    expect(canSee(['consultant'], { role: 'consultant' })).toBe(true);
    expect(canSee(['coordinator'], { role: 'consultant' })).toBe(false);
    expect(canSee([], { everyone: true })).toBe(true);
    expect(canSee(['applicant'], { permission: 'applications:apply' })).toBe(true);
    expect(canSee(['reviewer'], { permission: 'applications:apply' })).toBe(false);
  });
});

describe('landing after sign-in', () => {
  it('sends each role to its own home', () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, homePathFor([role])]))).toEqual({
      applicant: '/dashboard',
      reviewer: '/reviews',
      coordinator: '/workspace/coordinator',
      consultant: '/consultations',
      admin: '/admin',
    });
  });

  it('sends a person with several roles to the work that most needs them', () => {
    expect(homePathFor(['applicant', 'admin'])).toBe('/admin');
    expect(homePathFor(['applicant', 'coordinator'])).toBe('/workspace/coordinator');
    expect(homePathFor(['admin', 'coordinator'])).toBe('/admin');
    expect(homePathFor(['consultant', 'reviewer'])).toBe('/reviews');
    expect(homePathFor(['applicant', 'consultant'])).toBe('/consultations');
    expect(homePathFor([])).toBe('/');
  });
});
