import type { TFormDefinition } from '@kopa/shared';
import type { PrismaClient } from '../generated/prisma/client';
import { sampleFormDefinition } from '../seed/demo-call-form';

/**
 * `sampleFormDefinition()`: a realistic bilingual form with every question type, a show-if
 * follow-up (`school_partner_name` when `school_partner` is yes) and a budget table.
 */
export { sampleFormDefinition };

const t = (lv: string, en: string) => ({ lv, en });

/** A minimal valid form: one section, one required short text. */
export function minimalFormDefinition(overrides: Partial<TFormDefinition> = {}): TFormDefinition {
  return {
    attachmentMaxBytes: 10 * 1024 * 1024,
    sections: [{ id: 'main', title: t('Pamatinformācija', 'Basics'), questions: [{ id: 'project_title', type: 'short_text', label: t('Nosaukums', 'Title'), required: true, maxLength: 120 }] }],
    ...overrides,
  };
}

/** Stores a form version directly (for tests of other features that need a call with a form). */
export function createCallForm(
  prisma: PrismaClient,
  callId: string,
  overrides: { version?: number; definition?: TFormDefinition; createdById?: string } = {},
) {
  return prisma.callForm.create({
    data: {
      callId,
      version: overrides.version ?? 1,
      definition: (overrides.definition ?? sampleFormDefinition()) as object,
      createdById: overrides.createdById ?? null,
    },
  });
}
