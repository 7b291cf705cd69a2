import { requestedCentsOf, ZFormDefinition, type TFormDefinition } from '@kopa/shared';
import type { PrismaClient } from '../generated/prisma/client';

const BATCH = 200;

/**
 * One-off backfill of `Application.requestedCents` for rows saved before the column was
 * kept on every save (the API maintains it since). Computing it needs the form's budget
 * question, which SQL cannot find in a migration, so `pnpm db:seed` runs this; it touches
 * only rows whose stored value is missing and is safe to run again. Returns how many it set.
 */
export async function backfillRequestedCents(prisma: PrismaClient): Promise<number> {
  const forms = new Map<string, TFormDefinition>();
  let updated = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await prisma.application.findMany({
      where: { requestedCents: null },
      select: { id: true, callId: true, formVersion: true, answers: true },
      orderBy: { id: 'asc' },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return updated;
    for (const row of rows) {
      const key = `${row.callId}:${row.formVersion}`;
      if (!forms.has(key)) {
        const form = await prisma.callForm.findUnique({ where: { callId_version: { callId: row.callId, version: row.formVersion } } });
        if (!form) continue;
        forms.set(key, ZFormDefinition.parse(form.definition));
      }
      const cents = requestedCentsOf(forms.get(key)!, (row.answers ?? {}) as Record<string, unknown>);
      if (cents === null) continue;
      // Only if still missing: a save meanwhile has already written the current value.
      const { count } = await prisma.application.updateMany({ where: { id: row.id, requestedCents: null }, data: { requestedCents: BigInt(cents) } });
      updated += count;
    }
    cursor = rows[rows.length - 1]!.id;
  }
}
