import {
  DEFAULT_ATTACHMENT_MAX_BYTES,
  ZFormDefinitionInput,
  type TFormDefinition,
  type TFormSection,
  type TQuestion,
  type TQuestionType,
} from '@kopa/shared';

/**
 * The builder edits a copy of the definition with a stable React key per item (ids change
 * while the label is typed) and whether the coordinator has typed the id themselves.
 */
export interface EditorQuestion extends TQuestion {
  key: string;
  idEdited: boolean;
}
export interface EditorSection extends Omit<TFormSection, 'questions'> {
  key: string;
  idEdited: boolean;
  questions: EditorQuestion[];
}
export interface EditorForm {
  sections: EditorSection[];
  attachmentMaxBytes: number;
}

let keyCounter = 0;
const nextKey = () => `k${++keyCounter}`;

export const CHOICE_TYPES: readonly TQuestionType[] = ['single_choice', 'multiple_choice'];
export const CONDITION_TYPES: readonly TQuestionType[] = ['single_choice', 'multiple_choice', 'yes_no'];
export const TEXT_TYPES: readonly TQuestionType[] = ['short_text', 'long_text'];
export const RANGE_TYPES: readonly TQuestionType[] = ['number', 'money'];

const LATVIAN_LETTERS: Record<string, string> = { ā: 'a', č: 'c', ē: 'e', ģ: 'g', ī: 'i', ķ: 'k', ļ: 'l', ņ: 'n', š: 's', ū: 'u', ž: 'z', ō: 'o', ŗ: 'r' };

/** "Projekta nosaukums" → "projekta_nosaukums": a valid id (ZQuestionId) from a label. */
export function idFromLabel(label: string, fallback = 'question'): string {
  const ascii = label
    .toLowerCase()
    .replace(/[āčēģīķļņšūžōŗ]/g, (letter) => LATVIAN_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const trimmed = ascii.replace(/^[^a-z]+/, '').slice(0, 40).replace(/_+$/, '');
  return trimmed || fallback;
}

/** `id`, or `id_2`, `id_3`… when taken. */
export function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${wanted.slice(0, 40 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function questionIds(form: EditorForm): Set<string> {
  return new Set(form.sections.flatMap((section) => section.questions.map((question) => question.id)));
}

export function toEditorForm(definition: TFormDefinition): EditorForm {
  return {
    attachmentMaxBytes: definition.attachmentMaxBytes ?? DEFAULT_ATTACHMENT_MAX_BYTES,
    sections: definition.sections.map((section) => ({
      ...section,
      key: nextKey(),
      idEdited: true,
      questions: section.questions.map((question) => ({ ...question, key: nextKey(), idEdited: true })),
    })),
  };
}

export function emptyEditorForm(): EditorForm {
  return { attachmentMaxBytes: DEFAULT_ATTACHMENT_MAX_BYTES, sections: [newSection(new Set())] };
}

export function newSection(taken: ReadonlySet<string>): EditorSection {
  return { key: nextKey(), idEdited: false, id: uniqueId('section', taken), title: { lv: '', en: '' }, questions: [] };
}

export function newQuestion(taken: ReadonlySet<string>, type: TQuestionType = 'short_text'): EditorQuestion {
  return withType({ key: nextKey(), idEdited: false, id: uniqueId('question', taken), type: 'short_text', label: { lv: '', en: '' }, required: false }, type);
}

/** Changes a question's type, keeping only the properties the new type has. */
export function withType(question: EditorQuestion, type: TQuestionType): EditorQuestion {
  const { maxLength, min, max, options, accept, maxFiles, integer, compare, ...rest } = question;
  const next: EditorQuestion = { ...rest, type };
  if (type === 'number' && integer !== undefined) next.integer = integer;
  // A rule compares answers of one type: it survives only a change to the same type.
  if (compare && type === question.type) next.compare = compare;
  if (TEXT_TYPES.includes(type)) next.maxLength = maxLength ?? (type === 'long_text' ? 1500 : 200);
  if (RANGE_TYPES.includes(type)) {
    if (min !== undefined) next.min = min;
    if (max !== undefined) next.max = max;
  }
  if (CHOICE_TYPES.includes(type)) {
    next.options = options ?? [
      { value: 'option_1', label: { lv: '', en: '' } },
      { value: 'option_2', label: { lv: '', en: '' } },
    ];
  }
  if (type === 'file') {
    next.accept = accept;
    next.maxFiles = maxFiles ?? 3;
  }
  return next;
}

/** Moves item `from` by `delta` (−1 up, +1 down); out of range leaves the list as it was. */
export function move<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = from + delta;
  if (to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

function optionalText(text: { lv: string; en: string } | undefined) {
  return text && (text.lv.trim() || text.en.trim()) ? text : undefined;
}

/** The definition as the API takes it: editor keys dropped, empty help left out. */
export function toDefinition(form: EditorForm): TFormDefinition {
  return {
    attachmentMaxBytes: form.attachmentMaxBytes,
    sections: form.sections.map(({ key: _key, idEdited: _edited, questions, description, ...section }) => ({
      ...section,
      ...(optionalText(description) ? { description } : {}),
      questions: questions.map(({ key: _k, idEdited: _e, help, ...question }) => ({
        ...question,
        ...(optionalText(help) ? { help } : {}),
      })),
    })),
  };
}

/** Validation errors by dot path (`sections.0.questions.2.label.en`) as message keys. */
export function validateEditorForm(form: EditorForm): { definition: TFormDefinition | null; errors: Record<string, string> } {
  const result = ZFormDefinitionInput.safeParse(toDefinition(form));
  if (result.success) return { definition: result.data, errors: {} };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issue.message.startsWith('form.') ? issue.message : issue.code;
  }
  return { definition: null, errors };
}

/** API field errors (`definition.sections.0.id`) → the builder's paths. */
export function errorsFromApi(fieldErrors: readonly { path: string; code: string; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const error of fieldErrors) {
    const path = error.path.replace(/^definition\.?/, '');
    if (!(path in errors)) errors[path] = error.message.startsWith('form.') ? error.message : error.code;
  }
  return errors;
}

export interface ConditionCandidate {
  id: string;
  question: TQuestion;
}

export const COMPARE_TYPES: readonly TQuestionType[] = ['date', 'number', 'money'];

/** Questions a cross-field rule may compare with: every other question of the same type. */
export function compareCandidates(form: EditorForm, question: EditorQuestion): ConditionCandidate[] {
  if (!COMPARE_TYPES.includes(question.type)) return [];
  return form.sections.flatMap((section) =>
    section.questions
      .filter((other) => other.key !== question.key && other.type === question.type)
      .map((other) => ({ id: other.id, question: other })),
  );
}

/** Questions a show-if may depend on: earlier choice and yes/no questions, across sections. */
export function conditionCandidates(form: EditorForm, sectionIndex: number, questionIndex: number): ConditionCandidate[] {
  const candidates: ConditionCandidate[] = [];
  for (const [s, section] of form.sections.entries()) {
    for (const [q, question] of section.questions.entries()) {
      if (s > sectionIndex || (s === sectionIndex && q >= questionIndex)) return candidates;
      if (CONDITION_TYPES.includes(question.type)) candidates.push({ id: question.id, question });
    }
  }
  return candidates;
}

/** Label edited: the id follows it until the coordinator types an id of their own. */
export function withLabel(question: EditorQuestion, label: { lv: string; en: string }, taken: ReadonlySet<string>): EditorQuestion {
  if (question.idEdited) return { ...question, label };
  const others = new Set([...taken].filter((id) => id !== question.id));
  return { ...question, label, id: uniqueId(idFromLabel(label.en || label.lv), others) };
}

/**
 * Renaming a question also renames show-if and cross-field references to it, so conditions keep working
 * while the label (and so the generated id) is typed.
 */
export function renameReferences(form: EditorForm, from: string, to: string): EditorForm {
  if (from === to) return form;
  return {
    ...form,
    sections: form.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => {
        let next = question;
        if (next.showIf?.questionId === from) next = { ...next, showIf: { ...next.showIf, questionId: to } };
        if (next.compare?.questionId === from) next = { ...next, compare: { ...next.compare, questionId: to } };
        return next;
      }),
    })),
  };
}

export const BYTES_PER_MB = 1024 * 1024;
export function megabytesToBytes(megabytes: number): number {
  return Math.round(megabytes * BYTES_PER_MB);
}
export function bytesToMegabytes(bytes: number): number {
  return Math.round((bytes / BYTES_PER_MB) * 100) / 100;
}
