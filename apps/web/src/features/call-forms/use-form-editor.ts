import type { TQuestionType } from '@kopa/shared';
import { useMemo, useState } from 'react';
import {
  move,
  newQuestion,
  newSection,
  questionIds,
  renameReferences,
  validateEditorForm,
  withLabel,
  type EditorForm,
  type EditorQuestion,
  type EditorSection,
} from './builder-model';

/** The builder's state and every edit it offers; validation runs on each change. */
export function useFormEditor(initial: EditorForm) {
  const [form, setForm] = useState<EditorForm>(initial);
  const [dirty, setDirty] = useState(false);
  const validation = useMemo(() => validateEditorForm(form), [form]);
  // The preview keeps showing the last valid form while the builder has errors.
  const [lastValid, setLastValid] = useState(validation.definition);
  if (validation.definition && validation.definition !== lastValid) setLastValid(validation.definition);

  const update = (change: (form: EditorForm) => EditorForm) => {
    setForm(change);
    setDirty(true);
  };
  const updateSection = (s: number, change: (section: EditorSection) => EditorSection) =>
    update((current) => ({ ...current, sections: current.sections.map((section, at) => (at === s ? change(section) : section)) }));
  const updateQuestions = (s: number, change: (questions: EditorQuestion[]) => EditorQuestion[]) =>
    updateSection(s, (section) => ({ ...section, questions: change(section.questions) }));

  /** Replaces question (s, q), carrying an id change into the show-if conditions that use it. */
  const replaceQuestion = (s: number, q: number, next: (question: EditorQuestion, form: EditorForm) => EditorQuestion) =>
    update((current) => {
      const before = current.sections[s]!.questions[q]!;
      const after = next(before, current);
      const replaced: EditorForm = {
        ...current,
        sections: current.sections.map((section, at) =>
          at === s ? { ...section, questions: section.questions.map((question, qi) => (qi === q ? after : question)) } : section,
        ),
      };
      return renameReferences(replaced, before.id, after.id);
    });

  return {
    form,
    dirty,
    validation,
    lastValid,
    /** After a save or a reload: this is now the saved state. */
    reset(next: EditorForm, isDirty = false) {
      setForm(next);
      setDirty(isDirty);
    },
    markSaved: () => setDirty(false),
    setAttachmentMaxBytes: (bytes: number) => update((current) => ({ ...current, attachmentMaxBytes: bytes })),
    addSection: () => update((current) => ({ ...current, sections: [...current.sections, newSection(new Set(current.sections.map((s) => s.id)))] })),
    changeSection: (s: number, section: EditorSection) => updateSection(s, () => section),
    moveSection: (s: number, delta: -1 | 1) => update((current) => ({ ...current, sections: move(current.sections, s, delta) })),
    removeSection: (s: number) => update((current) => ({ ...current, sections: current.sections.filter((_, at) => at !== s) })),
    addQuestion: (s: number, type: TQuestionType) =>
      update((current) => ({
        ...current,
        sections: current.sections.map((section, at) =>
          at === s ? { ...section, questions: [...section.questions, newQuestion(questionIds(current), type)] } : section,
        ),
      })),
    changeQuestion: (s: number, q: number, question: EditorQuestion) => replaceQuestion(s, q, () => question),
    changeQuestionLabel: (s: number, q: number, label: { lv: string; en: string }) =>
      replaceQuestion(s, q, (question, current) => withLabel(question, label, questionIds(current))),
    moveQuestion: (s: number, q: number, delta: -1 | 1) => updateQuestions(s, (questions) => move(questions, q, delta)),
    removeQuestion: (s: number, q: number) => updateQuestions(s, (questions) => questions.filter((_, at) => at !== q)),
  };
}

export type FormEditor = ReturnType<typeof useFormEditor>;
