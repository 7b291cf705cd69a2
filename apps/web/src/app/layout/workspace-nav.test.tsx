// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import type { TRole } from '@kopa/shared';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n, { i18nReady, loadSignedInTexts } from '../../i18n/i18n';
import { homePathFor } from '../../features/workspace/workspace-nav-items';
import { theme } from '../theme';
import { WorkspaceNav } from './workspace-nav';
import { stubMatchMedia } from '../../test/match-media';

beforeAll(async () => {
  stubMatchMedia();
  await i18nReady;
  await i18n.changeLanguage('en');
  await loadSignedInTexts();
});
afterEach(cleanup);

function navFor(roles: TRole[], at = '/') {
  cleanup();
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <MemoryRouter initialEntries={[at]}>
          <WorkspaceNav roles={roles} />
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

describe('workspace navigation per role', () => {
  it('gives an applicant their applications, organisations, funded projects, consultations and the calls', () => {
    expect(navFor(['applicant'])).toEqual([
      ['My applications', '/dashboard'],
      ['Organisations', '/organisations'],
      ['My projects', '/projects'],
      ['Consultations', '/consultations/mine'],
      ['My events', '/events/mine'],
      ['Calls', '/calls'],
    ]);
  });

  it('gives a coordinator their home, calls, claims, the audit log and consultations, and nothing of applicants or admins', () => {
    expect(navFor(['coordinator'])).toEqual([
      ['Coordinator home', '/workspace/coordinator'],
      ['Manage calls', '/manage/calls'],
      ['Organisation claims', '/manage/organisation-claims'],
      ['Audit log', '/admin/audit'],
      ['Consultations', '/consultations'],
      ['My events', '/events/mine'],
      ['Calls', '/calls'],
    ]);
  });

  it('gives a reviewer the reviews and a consultant the consultations', () => {
    expect(navFor(['reviewer'])).toEqual([
      ['Reviews', '/reviews'],
      ['My events', '/events/mine'],
      ['Calls', '/calls'],
    ]);
    expect(navFor(['consultant'])).toEqual([
      ['Consultations', '/consultations'],
      ['My events', '/events/mine'],
      ['Calls', '/calls'],
    ]);
  });

  it('gives an admin the console: users, programme staff, jobs and the audit log', () => {
    expect(navFor(['admin'])).toEqual([
      ['Users', '/admin'],
      ['Programme staff', '/admin/programmes'],
      ['Background jobs', '/admin/jobs'],
      ['Audit log', '/admin/audit'],
      ['My events', '/events/mine'],
      ['Calls', '/calls'],
    ]);
  });

  it('marks the page the user is on, and only that one', () => {
    navFor(['admin'], '/admin/programmes');
    const current = screen.getAllByRole('link').filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.textContent)).toEqual(['Programme staff']);
  });

  it('lands every role on its own home after sign-in', () => {
    expect(homePathFor(['applicant'])).toBe('/dashboard');
    expect(homePathFor(['coordinator'])).toBe('/workspace/coordinator');
    expect(homePathFor(['reviewer'])).toBe('/reviews');
    expect(homePathFor(['consultant'])).toBe('/consultations');
    expect(homePathFor(['admin'])).toBe('/admin');
    expect(homePathFor(['applicant', 'reviewer'])).toBe('/reviews');
    expect(homePathFor([])).toBe('/');
  });
});
