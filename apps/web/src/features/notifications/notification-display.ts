/** The bell's badge: exact up to 99, then "99+" so the badge keeps its size. */
export function unreadBadgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}

/** Pages needed for `total` rows (at least one, so an empty inbox still has page 1). */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/**
 * Only in-app paths are followed from a notification (rows hold paths such as
 * `/applications/<id>`); anything else is not shown as a link.
 */
export function safeInAppLink(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || link.includes('\\')) return null;
  return link;
}
