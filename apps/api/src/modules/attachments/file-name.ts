/**
 * The original file name, kept for display and downloads only (storage keys never use it):
 * no directories, control or reserved characters, at most 200 characters, extension kept.
 */
export function sanitizeFileName(original: string | undefined): string {
  const base = (original ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001F\u007F-\u009F<>:"|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!cleaned) return 'file';
  const characters = [...cleaned];
  if (characters.length <= 200) return cleaned;
  const extension = /\.[^.\s]{1,10}$/.exec(cleaned)?.[0] ?? '';
  return characters.slice(0, 200 - extension.length).join('').trimEnd() + extension;
}

/** `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 / 8187), safe for any name. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7E]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
