import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network a sign-in came from: /24 for IPv4, /48 for IPv6. A home or office keeps its
 * network while its address changes; a new network is worth telling the owner about.
 */
export function ipNetwork(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIPv4(mapped)) return `${mapped.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(mapped)) {
    const [head = ''] = mapped.split('::');
    const groups = [...head.split(':').filter(Boolean), '0', '0', '0'].slice(0, 3);
    return `${groups.join(':')}::/48`;
  }
  return 'unknown';
}

/** The browser without its version numbers: an update is not a new device. */
export function userAgentFamily(userAgent: string | undefined): string {
  return (userAgent ?? '').replace(/\d+([._]\d+)*/g, '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** What the database keeps: a hash, never the user agent or address themselves. */
export function deviceFingerprint(userAgent: string | undefined, ip: string | undefined): string {
  return createHash('sha256').update(`${userAgentFamily(userAgent)}|${ipNetwork(ip)}`).digest('hex');
}
