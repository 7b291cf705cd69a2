import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './safe-redirect';

describe('safeNextPath', () => {
  it('accepts a path inside the app', () => {
    expect(safeNextPath('/manage/calls?status=draft')).toBe('/manage/calls?status=draft');
  });

  it('refuses other sites and falls back', () => {
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath(null, '/account')).toBe('/account');
  });
});

describe('loginPathFor', () => {
  it('carries the current page as next', () => {
    expect(loginPathFor({ pathname: '/manage/calls', search: '?status=draft' })).toBe(
      '/login?next=%2Fmanage%2Fcalls%3Fstatus%3Ddraft',
    );
  });
});
