import { describe, expect, it } from 'vitest';
import { reconcileDraftAnswers, ZSaveCallFormRequest } from './call-forms';

const form = (questions: { id: string; type: string; options?: { value: string }[] }[]) => ({ sections: [{ questions }] });

describe('reconcileDraftAnswers', () => {
  const before = form([
    { id: 'title', type: 'short_text' },
    { id: 'kind', type: 'single_choice', options: [{ value: 'a' }, { value: 'b' }] },
    { id: 'groups', type: 'multiple_choice', options: [{ value: 'x' }, { value: 'y' }] },
    { id: 'people', type: 'number' },
    { id: 'gone', type: 'long_text' },
  ]);

  it('keeps answers that still fit', () => {
    const answers = { title: 'Dārzs', kind: 'a', groups: ['x', 'y'], people: 5 };
    expect(reconcileDraftAnswers(before, before, answers)).toEqual({ answers, changed: [] });
  });

  it('drops removed questions, changed types and options no longer offered', () => {
    const after = form([
      { id: 'title', type: 'short_text' },
      { id: 'kind', type: 'single_choice', options: [{ value: 'b' }, { value: 'c' }] },
      { id: 'groups', type: 'multiple_choice', options: [{ value: 'x' }, { value: 'z' }] },
      { id: 'people', type: 'money' },
    ]);
    const result = reconcileDraftAnswers(before, after, { title: 'Dārzs', kind: 'a', groups: ['x', 'y'], people: 5, gone: 'teksts' });
    expect(result.answers).toEqual({ title: 'Dārzs', groups: ['x'] });
    expect(result.changed.sort()).toEqual(['gone', 'groups', 'kind', 'people']);
  });

  it('drops a multiple choice whose every option went', () => {
    const after = form([{ id: 'groups', type: 'multiple_choice', options: [{ value: 'z' }, { value: 'w' }] }]);
    expect(reconcileDraftAnswers(before, after, { groups: ['x'] })).toEqual({ answers: {}, changed: ['groups'] });
  });
});

describe('ZSaveCallFormRequest', () => {
  const definition = { sections: [{ id: 'main', title: { lv: 'A', en: 'A' }, questions: [] }] };

  it('creates the first version without a token', () => {
    expect(ZSaveCallFormRequest.safeParse({ definition, baseVersion: null }).success).toBe(true);
  });

  it('needs both parts of the token to save over a version', () => {
    const result = ZSaveCallFormRequest.safeParse({ definition, baseVersion: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['baseUpdatedAt'], message: 'callForm.baseUpdatedAt.required' });
    expect(ZSaveCallFormRequest.safeParse({ definition, baseVersion: 2, baseUpdatedAt: '2026-11-25T10:00:00.123Z' }).success).toBe(true);
    expect(ZSaveCallFormRequest.safeParse({ definition, baseVersion: 2, baseUpdatedAt: 'yesterday' }).success).toBe(false);
  });
});
