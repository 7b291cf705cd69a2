import { describe, expect, it } from 'vitest';
import { pageCountOf, safeInAppLink, unreadBadgeText } from './notification-display';

describe('notification display rules', () => {
  it('caps the bell badge at 99+', () => {
    expect(unreadBadgeText(0)).toBe('0');
    expect(unreadBadgeText(99)).toBe('99');
    expect(unreadBadgeText(100)).toBe('99+');
  });

  it('counts pages, one at least', () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(20, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
  });

  it('follows only in-app paths', () => {
    expect(safeInAppLink('/applications/abc')).toBe('/applications/abc');
    expect(safeInAppLink(null)).toBeNull();
    expect(safeInAppLink('https://evil.example')).toBeNull();
    expect(safeInAppLink('//evil.example/x')).toBeNull();
    expect(safeInAppLink('/\\evil.example')).toBeNull();
  });
});
