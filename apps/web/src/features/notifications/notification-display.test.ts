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
