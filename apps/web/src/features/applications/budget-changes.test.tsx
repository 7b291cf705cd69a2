// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n/i18n';
import { prepareComponentTests } from '../../test/render';
import { theme } from '../../app/theme';
import { BudgetChanges } from './budget-changes';

beforeAll(() => prepareComponentTests('lv'));

describe('BudgetChanges', () => {
  it('shows the changed and added lines, old and new, and both totals', () => {
    render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <BudgetChanges
            before={[{ category: 'materials', description: 'Stādi', quantity: 1, unitCostCents: 110_000, ownContributionCents: 11_000 }]}
            after={[
              { category: 'materials', description: 'Stādi', quantity: 2, unitCostCents: 60_000, ownContributionCents: 12_000 },
              { category: 'travel', description: 'Autobuss', quantity: 1, unitCostCents: 20_000, ownContributionCents: 2_000 },
            ]}
            fromNumber={1}
            toNumber={2}
          />
        </I18nextProvider>
      </MantineProvider>,
    );
    const table = screen.getByRole('table', { name: /Mainītas 2 budžeta rindas/ });
    const changed = within(table).getByRole('row', { name: /Mainīta: Materiāli — Stādi/ });
    expect(changed.textContent).toMatch(/1 × 1100,00\s€/);
    expect(changed.textContent).toMatch(/2 × 600,00\s€/);
    expect(within(table).getByRole('row', { name: /^Kopējās izmaksas/ }).textContent).toMatch(/1400,00\s€/);
  });
});
