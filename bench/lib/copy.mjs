// Bulk loading through COPY … FROM STDIN (text format): tens of thousands of rows a second.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import copyStreams from 'pg-copy-streams';

const { from: copyFrom } = copyStreams;

/** One value in COPY text format: NULL as \N, text escaped, objects as JSON, arrays as array literals. */
export function copyValue(value) {
  if (value === null || value === undefined) return '\\N';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return escapeText(`{${value.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  if (typeof value === 'object') return escapeText(JSON.stringify(value));
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeText(String(value));
}

function escapeText(text) {
  return text.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Streams rows (arrays in `columns` order) into `table`. Rows come from an iterable so a
 * table of 100,000 rows never sits in memory as text; lines are batched into 64 KB chunks.
 */
export async function copyRows(client, table, columns, rows) {
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  let count = 0;
  function* chunks() {
    let buffer = '';
    for (const row of rows) {
      buffer += row.map(copyValue).join('\t') + '\n';
      count++;
      if (buffer.length > 65_536) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  await pipeline(Readable.from(chunks()), client.query(copyFrom(sql)));
  return count;
}
