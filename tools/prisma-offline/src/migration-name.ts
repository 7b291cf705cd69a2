// Migration folder names as Prisma makes them: `<UTC yyyyMMddHHmmss>_<slug>`, the slug
// being the user's name in snake_case (Prisma slugifies `--name` the same way).
const MAX_NAME_LENGTH = 200;

export function slugifyMigrationName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // drop accents: "Pārskats" -> "Parskats"
    .replace(/([a-z\d])([A-Z])/g, '$1_$2') // "addUserTable" -> "add_User_Table"
    .toLowerCase()
    .replace(/[^a-z\d]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_NAME_LENGTH);
}

export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

function parseMigrationTimestamp(ts: string): Date {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(ts) ?? [];
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}

/**
 * The folder name for a new migration. Prisma applies migrations in folder-name order,
 * so the timestamp must sort after every existing migration even when two are created
 * within one second or the clock is behind the newest folder.
 */
export function newMigrationFolderName(name: string, existingFolders: readonly string[], now = new Date()): string {
  const slug = slugifyMigrationName(name);
  if (!slug) throw new Error(`The migration name ${JSON.stringify(name)} has no letters or digits.`);
  let timestamp = migrationTimestamp(now);
  const latest = existingFolders
    .map((folder) => /^(\d{14})_/.exec(folder)?.[1])
    .filter((ts): ts is string => ts !== undefined)
    .sort()
    .at(-1);
  if (latest && timestamp <= latest) {
    timestamp = migrationTimestamp(new Date(parseMigrationTimestamp(latest).getTime() + 1000));
  }
  return `${timestamp}_${slug}`;
}
