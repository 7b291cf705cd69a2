import { describe, expect, it } from 'vitest';
import { safeInAppLink, unreadBadgeText } from './notification-display';

describe('notification display rules', () => {
  it('caps the bell badge at 99+', () => {
    expect(unreadBadgeText(0)).toBe('0');
    expect(unreadBadgeText(99)).toBe('99');
    expect(unreadBadgeText(100)).toBe('99+');
  });

  it('follows only in-app paths', () => {
    expect(safeInAppLink('/applications/abc')).toBe('/applications/abc');
    expect(safeInAppLink(null)).toBeNull();
    expect(safeInAppLink('https://evil.example')).toBeNull();
    expect(safeInAppLink('//evil.example/x')).toBeNull();
    expect(safeInAppLink('/\\evil.example')).toBeNull();
  });
});

describe('notification display edges', () => {
  it('counts exactly below 100', () => {
    expect(unreadBadgeText(1)).toBe('1');
    expect(unreadBadgeText(1000)).toBe('99+');
  });

  it('shows no link for an empty one or a relative one', () => {
    expect(safeInAppLink('')).toBeNull();
    expect(safeInAppLink('applications/abc')).toBeNull();
    expect(safeInAppLink('/')).toBe('/');
    expect(safeInAppLink('/a\\b')).toBeNull();
  });
});
