// @vitest-environment jsdom
import { ZFormDefinition, type TAnswers, type TAnswerValue } from '@kopa/shared';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareComponentTests, renderInApp } from '../../test/render';
import { FormRenderer, type FormRendererProps } from './form-renderer';

beforeAll(() => prepareComponentTests('en'));
afterEach(cleanup);

const text = (en: string, lv = en) => ({ lv, en });
const options = [
  { value: 'a', label: text('Option A') },
  { value: 'b', label: text('Option B') },
];

const definition = ZFormDefinition.parse({
  sections: [
    {
      id: 'about',
      title: text('About the project', 'Par projektu'),
      questions: [
        { id: 'title', type: 'short_text', label: text('Project title', 'Projekta nosaukums'), required: true, maxLength: 20 },
        { id: 'summary', type: 'long_text', label: text('Summary'), help: text('Two or three sentences') },
        { id: 'people', type: 'number', label: text('People reached'), integer: true, min: 1 },
        { id: 'own', type: 'money', label: text('Own funds') },
        { id: 'start', type: 'date', label: text('Start date') },
        { id: 'kind', type: 'single_choice', label: text('Kind'), options },
        { id: 'topics', type: 'multiple_choice', label: text('Topics'), options },
        { id: 'partner', type: 'yes_no', label: text('With a partner?') },
        { id: 'partner_name', type: 'short_text', label: text('Partner name'), showIf: { questionId: 'partner', values: [true] } },
      ],
    },
    {
      id: 'money',
      title: text('Budget and documents'),
      questions: [
        { id: 'budget', type: 'budget_table', label: text('Budget') },
        { id: 'letters', type: 'file', label: text('Support letters'), maxFiles: 2 },
      ],
    },
  ],
});

function renderForm(props: Partial<FormRendererProps> = {}) {
  const onAnswerChange = vi.fn<(questionId: string, value: TAnswerValue) => void>();
  renderInApp(<FormRenderer definition={definition} answers={{}} onAnswerChange={onAnswerChange} {...props} />);
  return onAnswerChange;
}

/** The question's wrapper, found by its label's text. */
const question = (id: string) => document.querySelector<HTMLElement>(`[data-question-id="${id}"]`)!;

describe('FormRenderer', { timeout: 30_000 }, () => {
  it('renders every question type with its own input, section by section', () => {
    renderForm();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'About the project',
      'Budget and documents',
    ]);
    expect(screen.getByRole('textbox', { name: /Project title/ })).toHaveProperty('tagName', 'INPUT');
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty('tagName', 'TEXTAREA');
    expect(screen.getByText('Two or three sentences')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'People reached' }).getAttribute('inputmode')).toBe('numeric');
    expect(screen.getByRole('textbox', { name: 'Own funds' }).getAttribute('inputmode')).toBe('decimal');
    // Dates are typed or picked in the app's language, not in the browser's native date input.
    expect(screen.getByRole('textbox', { name: 'Start date' }).getAttribute('type')).not.toBe('date');
    const kind = screen.getByRole('radiogroup', { name: 'Kind' });
    expect(within(kind).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['a', 'b']);
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['a', 'b']);
    const partner = screen.getByRole('radiogroup', { name: 'With a partner?' });
    expect(within(partner).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['yes', 'no']);
    const budget = screen.getByRole('group', { name: 'Budget' });
    expect(within(budget).getByText('The budget has no lines yet.')).toBeTruthy();
    expect(within(budget).getByRole('button', { name: 'Add line' })).toBeTruthy();
    const letters = screen.getByRole('group', { name: 'Support letters' });
    expect(within(letters).getByText('Up to 2 files, each up to 10 MB')).toBeTruthy();
  });

  it('shows a question with a condition only once its condition is met', () => {
    renderForm();
    expect(screen.queryByRole('textbox', { name: 'Partner name' })).toBeNull();
    cleanup();
    renderForm({ answers: { partner: true } });
    expect(screen.getByRole('textbox', { name: 'Partner name' })).toBeTruthy();
  });

  it('reports what the person types, as the answer type the server expects', () => {
    const onAnswerChange = renderForm();
    fireEvent.change(screen.getByRole('textbox', { name: /Project title/ }), { target: { value: 'Garden' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'People reached' }), { target: { value: '25' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Own funds' }), { target: { value: '1500.50' } });
    fireEvent.focus(screen.getByRole('textbox', { name: 'Start date' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Start date' }), { target: { value: '1.3.2027' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Option B' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(onAnswerChange.mock.calls).toEqual([
      ['title', 'Garden'],
      ['people', 25],
      ['own', 150_050],
      ['start', '2027-03-01'],
      ['kind', 'b'],
      ['partner', true],
    ]);
  });

  it('counts characters against the limit and says how many are too many', () => {
    renderForm({ answers: { title: 'A garden for the whole village' } });
    const input = screen.getByRole('textbox', { name: /Project title/ });
    const counter = document.getElementById('q-title-counter')!;
    expect(counter.textContent).toBe('30 of 20 characters — 10 too many');
    // The counter is part of the field's description, so screen readers announce it with the field.
    const description = document.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(description.contains(counter)).toBe(true);
  });

  it('refuses "2,5" in a whole-number field instead of reading it as 25', () => {
    const onAnswerChange = renderForm();
    const people = screen.getByRole('textbox', { name: 'People reached' });
    fireEvent.change(people, { target: { value: '2,5' } });
    expect(onAnswerChange).not.toHaveBeenCalledWith('people', 25);
    expect(people.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a whole number, for example 25 (no decimal comma)')).toBeTruthy();
  });

  it('shows validation messages beside their questions, stating the bound that was broken', () => {
    renderForm({
      errors: {
        title: 'answer.required',
        people: 'answer.number.tooSmall|{"min":1}',
        start: 'answer.compare.after|{"other":{"lv":"Sākums","en":"Opening day"}}',
        'budget.0.description': 'answer.required',
      },
      answers: { budget: [{ category: 'travel', description: '', quantity: 1, unitCostCents: 100, ownContributionCents: 0 }] },
    });
    const title = screen.getByRole('textbox', { name: /Project title/ });
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(within(question('title')).getByText('This answer is required')).toBeTruthy();
    expect(within(question('people')).getByText('The value must be at least 1')).toBeTruthy();
    expect(within(question('start')).getByText('Must be after “Opening day”')).toBeTruthy();
    const description = screen.getByRole('textbox', { name: 'Description, line 1' });
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(within(question('budget')).getByText('This answer is required')).toBeTruthy();
    // Questions without an error are not marked.
    expect(screen.getByRole('textbox', { name: 'Summary' }).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('marks the frozen questions of a clarification read-only, visibly and for assistive technology', () => {
    const answers: TAnswers = { title: 'Garden', summary: 'Trees', kind: 'a' };
    const onAnswerChange = renderForm({ answers, editableQuestionIds: new Set(['summary']) });
    const frozen = screen.getAllByRole('group', { name: 'Locked', description: /reopened only other questions/ });
    // Every shown question but the reopened one (the partner's name is hidden).
    expect(frozen).toHaveLength(9);
    const frozenTitle = frozen.find((group) => within(group).queryByRole('textbox', { name: /Project title/ }))!;
    expect(within(frozenTitle).getByRole('textbox', { name: /Project title/ }).hasAttribute('readonly')).toBe(true);
    // The reopened question is editable and not wrapped as frozen.
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    expect(summary.hasAttribute('readonly')).toBe(false);
    expect(summary.closest('[data-frozen]')).toBeNull();
    // A frozen choice cannot be changed.
    expect(screen.getByRole('radio', { name: 'Option B' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Option B' }));
    expect(onAnswerChange).not.toHaveBeenCalled();
    // Frozen budget tables offer no buttons.
    expect(screen.queryByRole('button', { name: 'Add line' })).toBeNull();
  });

  it('shows a submitted application read-only without the frozen markers', () => {
    renderForm({ answers: { title: 'Garden' }, readOnly: true });
    expect(document.querySelectorAll('[data-frozen]')).toHaveLength(0);
    for (const input of screen.getAllByRole('textbox')) expect(input.hasAttribute('readonly')).toBe(true);
    for (const radio of screen.getAllByRole('radio')) expect(radio.hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the form in a fixed language when asked (the builder preview)', () => {
    renderForm({ language: 'lv' });
    expect(screen.getByRole('heading', { name: 'Par projektu' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Projekta nosaukums/ })).toBeTruthy();
  });
});
