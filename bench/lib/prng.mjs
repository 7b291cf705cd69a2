// Seeded randomness: the same seed gives the same dataset, byte for byte, on every machine.
import { createHash } from 'node:crypto';

/** mulberry32: small, fast, good enough for test data (not for anything secret). */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  const chance = (p) => next() < p;
  /** A version-4-shaped UUID (the API's ParseUUIDPipe checks the version nibble). */
  const uuid = () => {
    const hex = [];
    for (let i = 0; i < 4; i++) hex.push((Math.floor(next() * 4294967296) >>> 0).toString(16).padStart(8, '0'));
    const s = hex.join('');
    const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
  };
  return { next, int, pick, chance, uuid };
}

/** A version-4-shaped UUID derived from a text: stable ids for rows that belong to another row. */
export function uuidFrom(text) {
  const s = createHash('sha256').update(text).digest('hex');
  const variant = ((parseInt(s[16], 16) & 0x3) | 0x8).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20, 32)}`;
}
