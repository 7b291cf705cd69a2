import { describe, expect, it } from 'vitest';
import { reconcileDraftAnswers, ZSaveCallFormRequest } from './call-forms';

/** A coordinator edits a form in place: what happens to the drafts that answer it. */
const q = (id: string, type: string, options?: string[]) => ({ id, type, ...(options ? { options: options.map((value) => ({ value })) } : {}) });
const formOf = (...questions: ReturnType<typeof q>[]) => ({ sections: [{ questions }] });

const before = formOf(q('title', 'short_text'), q('kind', 'single_choice', ['a', 'b']), q('topics', 'multiple_choice', ['x', 'y', 'z']), q('people', 'number'), q('gone', 'long_text'));

describe('reconcileDraftAnswers (draft refresh after a form edit)', () => {
  it('keeps every answer the edited form still asks, as it was', () => {
    const answers = { title: 'Dārzs', kind: 'a', topics: ['x', 'z'], people: 12 };
    expect(reconcileDraftAnswers(before, before, answers)).toEqual({ answers, changed: [] });
  });

  it('drops answers to removed questions and to questions whose type changed', () => {
    const after = formOf(q('title', 'long_text'), q('kind', 'single_choice', ['a', 'b']), q('people', 'number'));
    expect(reconcileDraftAnswers(before, after, { title: 'Dārzs', kind: 'b', people: 3, gone: 'Text' })).toEqual({
      answers: { kind: 'b', people: 3 },
      changed: ['title', 'gone'],
    });
  });

  it('drops a single choice that is no longer offered', () => {
    const after = formOf(q('kind', 'single_choice', ['b', 'c']));
    expect(reconcileDraftAnswers(before, after, { kind: 'a' })).toEqual({ answers: {}, changed: ['kind'] });
    expect(reconcileDraftAnswers(before, after, { kind: 'b' })).toEqual({ answers: { kind: 'b' }, changed: [] });
  });

  it('keeps the still-offered part of a multiple choice, and drops it when nothing is left', () => {
    const after = formOf(q('topics', 'multiple_choice', ['y', 'z']));
    expect(reconcileDraftAnswers(before, after, { topics: ['x', 'z'] })).toEqual({ answers: { topics: ['z'] }, changed: ['topics'] });
    expect(reconcileDraftAnswers(before, after, { topics: ['x'] })).toEqual({ answers: {}, changed: ['topics'] });
    expect(reconcileDraftAnswers(before, after, { topics: ['y'] })).toEqual({ answers: { topics: ['y'] }, changed: [] });
  });

  it('keeps answers of other types whatever their value, and a question new to the form', () => {
    const after = formOf(q('title', 'short_text'), q('people', 'number'), q('fresh', 'short_text'));
    expect(reconcileDraftAnswers(before, after, { title: 'a', people: 5, fresh: 'new' })).toEqual({
      answers: { title: 'a', people: 5, fresh: 'new' },
      changed: [],
    });
    // A single choice answered with something that is not a choice (e.g. empty) is left to the draft schema.
    const choice = formOf(q('kind', 'single_choice', ['a', 'b']));
    expect(reconcileDraftAnswers(before, choice, { kind: null })).toEqual({ answers: { kind: null }, changed: [] });
    const multiple = formOf(q('topics', 'multiple_choice', ['y']));
    expect(reconcileDraftAnswers(before, multiple, { topics: null })).toEqual({ answers: { topics: null }, changed: [] });
  });
});

describe('saving a form', () => {
  const definition = { sections: [{ id: 'a', title: { lv: 'A', en: 'A' }, questions: [] }] };

  it('needs the time of the version an edit is based on, but not for a first save', () => {
    expect(ZSaveCallFormRequest.safeParse({ definition, baseVersion: null }).success).toBe(true);
    const missing = ZSaveCallFormRequest.safeParse({ definition, baseVersion: 2 });
    expect(missing.error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)).toEqual(['baseUpdatedAt callForm.baseUpdatedAt.required']);
    expect(ZSaveCallFormRequest.safeParse({ definition, baseVersion: 2, baseUpdatedAt: '2027-03-01T10:00:00.000Z' }).success).toBe(true);
    expect(ZSaveCallFormRequest.safeParse({ definition, baseVersion: 2, baseUpdatedAt: '2027-03-01T12:00:00+02:00' }).success).toBe(true);
    expect(ZSaveCallFormRequest.safeParse({ definition, baseVersion: 2, baseUpdatedAt: '1 March' }).success).toBe(false);
  });
});
