/** The bell's badge: exact up to 99, then "99+" so the badge keeps its size. */
export function unreadBadgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/**
 * Only in-app paths are followed from a notification (rows hold paths such as
 * `/applications/<id>`); anything else is not shown as a link.
 */
export function safeInAppLink(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}
