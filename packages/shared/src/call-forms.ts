import { z } from 'zod';
import { ZVersionNumber } from './bounds';
import { ZFormDefinition, ZFormDefinitionInput } from './forms';

/**
 * A call's application form as the coordinator edits it. Versions are numbered from 1;
 * `locked` is true once an application answering this version has left draft (been
 * submitted): from then on a save creates version + 1 and older applications keep theirs.
 */
export const ZCallFormResponse = z.object({
  callId: z.uuid(),
  version: z.number().int().min(1),
  definition: ZFormDefinition,
  locked: z.boolean(),
  /** Every version of this call's form, ascending. */
  versions: z.array(z.number().int().min(1)),
  /** The concurrency token together with `version`: send both back as `baseVersion`/`baseUpdatedAt`. */
  updatedAt: z.string(),
});
export type TCallFormResponse = z.infer<typeof ZCallFormResponse>;

/**
 * Saving a form. `baseVersion` and `baseUpdatedAt` name the latest version the editor
 * loaded (`null` when creating the first one). The save is refused with 409 stale-version
 * when the latest version is another one, or the same one saved since (in-place edits).
 */
export const ZSaveCallFormRequest = z
  .object({
    definition: ZFormDefinitionInput,
    baseVersion: ZVersionNumber.nullable(),
    baseUpdatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((request, ctx) => {
    if (request.baseVersion !== null && request.baseUpdatedAt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseUpdatedAt'], message: 'callForm.baseUpdatedAt.required' });
    }
  });
export type TSaveCallFormRequest = z.infer<typeof ZSaveCallFormRequest>;

/** What the public call page shows: the questions of the latest version ("what will be asked"). */
export const ZPublicCallFormResponse = z.object({
  callId: z.uuid(),
  version: z.number().int().min(1),
  definition: ZFormDefinition,
});
export type TPublicCallFormResponse = z.infer<typeof ZPublicCallFormResponse>;

/**
 * What an in-place edit of a form means for a draft that answers it: answers to questions
 * that were removed, or whose type changed, are dropped; choices that are no longer offered
 * are removed. Everything else is kept, even if a new limit now flags it: drafts are
 * validated leniently and the applicant sees the problem beside the question.
 * Returns the new answers and the ids whose answer changed.
 */
export function reconcileDraftAnswers(
  before: { sections: { questions: { id: string; type: string }[] }[] },
  after: { sections: { questions: { id: string; type: string; options?: { value: string }[] }[] }[] },
  answers: Record<string, unknown>,
): { answers: Record<string, unknown>; changed: string[] } {
  const oldTypes = new Map(before.sections.flatMap((section) => section.questions.map((q) => [q.id, q.type] as const)));
  const current = new Map(after.sections.flatMap((section) => section.questions.map((q) => [q.id, q] as const)));
  const next: Record<string, unknown> = {};
  const changed: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = current.get(id);
    if (!question || (oldTypes.has(id) && oldTypes.get(id) !== question.type)) {
      changed.push(id);
      continue;
    }
    const offered = new Set((question.options ?? []).map((option) => option.value));
    if (question.type === 'single_choice' && typeof value === 'string' && !offered.has(value)) {
      changed.push(id);
      continue;
    }
    if (question.type === 'multiple_choice' && Array.isArray(value)) {
      const kept = value.filter((item) => offered.has(item as string));
      if (kept.length !== value.length) {
        changed.push(id);
        if (kept.length > 0) next[id] = kept;
        continue;
      }
    }
    next[id] = value;
  }
  return { answers: next, changed };
}
