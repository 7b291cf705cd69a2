// @vitest-environment jsdom
import type { TBudgetLine } from '@kopa/shared';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareComponentTests, renderInApp } from '../../test/render';
import { BudgetTableInput } from './budget-table-input';
import { useRendererText } from './use-renderer-text';

beforeAll(() => prepareComponentTests('en'));
afterEach(cleanup);

const LIMITS = { minAwardCents: 100_000, maxAwardCents: 500_000, ownContributionPercent: 10 };

/** The table as the editor uses it: it owns the answer and gets every change back. */
function Harness({ initial, onChange, readOnly }: { initial: TBudgetLine[]; onChange: (lines: TBudgetLine[]) => void; readOnly?: boolean }) {
  const [lines, setLines] = useState(initial);
  const text = useRendererText();
  return (
    <BudgetTableInput
      id="q-budget"
      questionId="budget"
      label="Budget"
      lines={lines}
      onChange={(next) => {
        setLines(next);
        onChange(next);
      }}
      readOnly={readOnly}
      nestedErrors={{}}
      limits={LIMITS}
      text={text}
    />
  );
}

const line = (overrides: Partial<TBudgetLine> = {}): TBudgetLine => ({
  category: 'materials',
  description: 'Seedlings',
  quantity: 2,
  unitCostCents: 60_000,
  ownContributionCents: 12_000,
  ...overrides,
});

function renderTable(initial: TBudgetLine[] = [], readOnly = false) {
  const onChange = vi.fn<(lines: TBudgetLine[]) => void>();
  renderInApp(<Harness initial={initial} onChange={onChange} readOnly={readOnly} />);
  return { onChange, user: userEvent.setup({ delay: null }) };
}

/** The category select's input (its option list carries the same label). */
const categoryInput = (line: number) =>
  screen.getAllByLabelText(`Category, line ${line}`).find((element) => element.tagName === 'INPUT')!;

/** The three totals under the table, as "term: value". */
function totals(): string[] {
  const list = document.querySelector('dl.kopa-budget-totals')!;
  return [...list.querySelectorAll('div')].map((entry) =>
    `${entry.querySelector('dt')!.textContent}: ${entry.querySelector('dd')!.textContent}`.replace(/\u00a0/g, ' '),
  );
}

// Typing re-renders the table per key; on a loaded machine that takes a while.
describe('BudgetTableInput', { timeout: 30_000 }, () => {
  it('starts empty with only the add button', () => {
    renderTable();
    expect(screen.getByText('The budget has no lines yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(totals()).toEqual(['Total cost: €0.00', 'Own contribution: €0.00 (0 %)', 'Requested amount: €0.00']);
  });

  it('adds a line, puts the focus in it, and reports the answer in cents', async () => {
    const { onChange, user } = renderTable();
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    expect(onChange).toHaveBeenLastCalledWith([
      { category: 'other', description: '', quantity: 1, unitCostCents: 0, ownContributionCents: 0 },
    ]);
    expect(document.activeElement).toBe(categoryInput(1));

    await user.type(screen.getByRole('textbox', { name: 'Description, line 1' }), 'Bus');
    await user.clear(screen.getByRole('textbox', { name: 'Quantity, line 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Quantity, line 1' }), '1.5');
    await user.type(screen.getByRole('textbox', { name: 'Unit cost, line 1' }), '1200.50');
    await user.clear(screen.getByRole('textbox', { name: 'Own contribution, line 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Own contribution, line 1' }), '180');
    expect(onChange).toHaveBeenLastCalledWith([
      { category: 'other', description: 'Bus', quantity: 1.5, unitCostCents: 120_050, ownContributionCents: 18_000 },
    ]);
    // 1.5 × 1200.50 = 1800.75; requested = total − own contribution. €180.00 is just under 10 %
    // of that, so the share is not rounded up to the 10 % the call asks for, and the rule says so.
    expect(totals()).toEqual(['Total cost: €1,800.75', 'Own contribution: €180.00 (9.99 %)', 'Requested amount: €1,620.75']);
    expect(screen.getByText('The own contribution is lower than the call requires')).toBeTruthy();
    await user.clear(screen.getByRole('textbox', { name: 'Own contribution, line 1' }));
    await user.type(screen.getByRole('textbox', { name: 'Own contribution, line 1' }), '180.08');
    expect(totals()[1]).toBe('Own contribution: €180.08 (10 %)');
    expect(screen.queryByText('The own contribution is lower than the call requires')).toBeNull();
  });

  it('puts a new line before its add button in tab order', async () => {
    const { user } = renderTable([line()]);
    await user.click(screen.getByRole('button', { name: 'Add line' }));
    const newLine = categoryInput(2);
    expect(document.activeElement).toBe(newLine);
    // Tabbing on from the new line walks through its cells and its remove button, then reaches the add button.
    const order: (string | null)[] = [];
    for (let step = 0; step < 6; step += 1) {
      await user.tab();
      order.push(document.activeElement!.getAttribute('aria-label') ?? document.activeElement!.textContent);
    }
    expect(order).toEqual([
      'Description, line 2',
      'Quantity, line 2',
      'Unit cost, line 2',
      'Own contribution, line 2',
      'Remove line 2',
      'Add line',
    ]);
  });

  it('totals every line in whole cents and checks the call limits live', () => {
    renderTable([line(), line({ category: 'travel', description: 'Bus', quantity: 3, unitCostCents: 3_333, ownContributionCents: 0 })]);
    const table = screen.getByRole('table', { name: 'Budget' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.lastElementChild!.previousElementSibling!.textContent!.replace(/\u00a0/g, ' '))).toEqual([
      '€1,200.00',
      '€99.99',
    ]);
    expect(totals()).toEqual(['Total cost: €1,299.99', 'Own contribution: €120.00 (9.23 %)', 'Requested amount: €1,179.99']);
    expect(screen.getByText('The own contribution is lower than the call requires')).toBeTruthy();
    expect(screen.getByText('Requested amount: €1,000.00–€5,000.00; own contribution at least 10 % of the total cost.')).toBeTruthy();
  });

  it('removes the chosen line and renumbers the rest', async () => {
    const { onChange, user } = renderTable([line({ description: 'First' }), line({ description: 'Second' }), line({ description: 'Third' })]);
    await user.click(screen.getByRole('button', { name: 'Remove line 2' }));
    expect(onChange).toHaveBeenLastCalledWith([line({ description: 'First' }), line({ description: 'Third' })]);
    expect(screen.getByRole('textbox', { name: 'Description, line 2' })).toHaveProperty('value', 'Third');
    expect(screen.queryByRole('button', { name: 'Remove line 3' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove line 1' }));
    await user.click(screen.getByRole('button', { name: 'Remove line 1' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.getByText('The budget has no lines yet.')).toBeTruthy();
  });

  it('says beside the cell when an amount cannot be read, and keeps the typed text', async () => {
    const { onChange, user } = renderTable([line()]);
    const unitCost = screen.getByRole('textbox', { name: 'Unit cost, line 1' });
    await user.clear(unitCost);
    await user.type(unitCost, '12,3,4');
    expect(unitCost).toHaveProperty('value', '12,3,4');
    expect(unitCost.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter an amount in euros, e.g. 1500 or 1500.50')).toBeTruthy();
    expect(onChange).toHaveBeenCalled();
  });

  it('offers no buttons and no editing when read-only', () => {
    renderTable([line()], true);
    expect(screen.queryByRole('button')).toBeNull();
    for (const input of screen.getAllByRole('textbox')) expect(input.hasAttribute('readonly')).toBe(true);
  });
});
