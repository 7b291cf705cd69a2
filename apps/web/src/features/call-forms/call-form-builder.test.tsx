// @vitest-environment jsdom
import type { TCallResponse } from '@kopa/shared';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareComponentTests, renderInApp } from '../../test/render';
import { CallFormBuilder } from './call-form-builder';

beforeAll(() => prepareComponentTests('en'));
afterEach(cleanup);

const call: TCallResponse = {
  id: '00000000-0000-4000-8000-000000000001',
  programmeId: '00000000-0000-4000-8000-000000000002',
  code: 'DK',
  title: { lv: 'Dārzi', en: 'Gardens' },
  description: { lv: 'Apraksts', en: 'Description' },
  eligibleOrganisationTypes: ['association'],
  eligibleMunicipalityCodes: ['0001000'],
  budgetEnvelopeCents: 10_000_000,
  minAwardCents: 100_000,
  maxAwardCents: 500_000,
  ownContributionPercent: 10,
  overspendTolerancePercent: 10,
  maxApplicationsPerOrganisation: 1,
  opensAt: '2027-03-01T08:00:00.000Z',
  closesAt: '2027-04-01T20:59:00.000Z',
  contactEmail: null,
  contactPhone: null,
  status: 'draft',
  version: 1,
  createdAt: '2027-01-01T08:00:00.000Z',
  updatedAt: '2027-01-01T08:00:00.000Z',
};

function renderBuilder() {
  renderInApp(<CallFormBuilder call={call} saved={null} />);
  return userEvent.setup({ delay: null });
}

/** Question fieldsets' legends, in order. */
const questionLegends = () =>
  screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent ?? '').filter((legend) => legend.startsWith('Question '));

async function addQuestion(user: ReturnType<typeof userEvent.setup>, type: string, label: string) {
  await user.click(screen.getByRole('button', { name: /^Add a question to/ }));
  await user.click(screen.getByRole('menuitem', { name: type }));
  const labels = screen.getAllByRole('textbox', { name: /^Question \(in English\)/ });
  fireEvent.change(labels[labels.length - 1]!, { target: { value: label } });
}

// Each step re-renders the whole builder; on a loaded machine that takes a while.
describe('CallFormBuilder', { timeout: 30_000 }, () => {
  it('opens a brand-new form with one empty section and no error shown', () => {
    renderBuilder();
    expect(screen.getByRole('heading', { level: 2, name: 'Section 1: untitled' })).toBeTruthy();
    expect(screen.getByText('This section has no questions yet.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelectorAll('[aria-invalid="true"]')).toHaveLength(0);
  });

  it('adds, moves and removes questions, naming each by its label', async () => {
    const user = renderBuilder();
    await addQuestion(user, 'Short text', 'Project title');
    await addQuestion(user, 'Date', 'Start date');
    await addQuestion(user, 'Long text', 'Summary');
    expect(questionLegends()).toEqual(['Question 1: Project title', 'Question 2: Start date', 'Question 3: Summary']);
    expect(screen.queryByText('This section has no questions yet.')).toBeNull();

    // The first cannot move up and the last cannot move down.
    expect(screen.getByRole('button', { name: 'Move question “Project title” up' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Move question “Summary” down' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Move question “Summary” up' }));
    expect(questionLegends()).toEqual(['Question 1: Project title', 'Question 2: Summary', 'Question 3: Start date']);
    await user.click(screen.getByRole('button', { name: 'Move question “Project title” down' }));
    expect(questionLegends()).toEqual(['Question 1: Summary', 'Question 2: Project title', 'Question 3: Start date']);

    await user.click(screen.getByRole('button', { name: 'Remove question “Project title”' }));
    expect(questionLegends()).toEqual(['Question 1: Summary', 'Question 2: Start date']);
  });

  it('never shows the technical ids it makes from the labels', async () => {
    const user = renderBuilder();
    await addQuestion(user, 'Short text', 'Project title');
    await addQuestion(user, 'Yes/no', 'Partner');
    expect(screen.queryByRole('textbox', { name: /\bId\b/ })).toBeNull();
    expect(screen.queryByText(/Lower-case letters, digits and _/)).toBeNull();
    const values = [...document.querySelectorAll('input, textarea')].map((input) => (input as HTMLInputElement).value);
    // Ids made from the labels ("project_title") or defaults ("section"), neither as a value nor as text.
    for (const technical of ['section', 'question', 'project_title', 'partner']) {
      expect(values).not.toContain(technical);
      expect(screen.queryAllByText(technical)).toHaveLength(0);
    }
    expect(screen.queryAllByText(/\w_\w/)).toHaveLength(0);
  });

  it('shows what is missing only after an attempt to save, beside the fields', async () => {
    const user = renderBuilder();
    await user.click(screen.getByRole('button', { name: /^Add a question to/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Short text' }));
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save form' }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The form has errors')).toBeTruthy();
    expect(document.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
  });
});
