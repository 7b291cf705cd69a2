// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import type { TFormDefinition } from '@kopa/shared';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import i18n, { i18nReady, loadSignedInTexts } from '../../i18n/i18n';
import { stubMatchMedia } from '../../test/match-media';
import { theme } from '../../app/theme';
import { ApplicationDocument } from './application-document';

const label = (lv: string, en: string) => ({ lv, en });
const FORM: TFormDefinition = {
  attachmentMaxBytes: 1024 * 1024,
  sections: [
    {
      id: 'main',
      title: label('Projekts', 'Project'),
      questions: [
        { id: 'title', type: 'short_text', label: label('Projekta nosaukums', 'Project title'), required: true },
        { id: 'start', type: 'date', label: label('Sākuma datums', 'Start date') },
        { id: 'kind', type: 'single_choice', label: label('Veids', 'Kind'), options: [{ value: 'w', label: label('Darbnīcas', 'Workshops') }] },
        { id: 'note', type: 'long_text', label: label('Piezīmes', 'Notes') },
        { id: 'budget', type: 'budget_table', label: label('Budžets', 'Budget') },
        { id: 'files', type: 'file', label: label('Vēstules', 'Letters') },
      ],
    },
  ],
} as TFormDefinition;

beforeAll(async () => {
  stubMatchMedia();
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  await i18nReady;
  await i18n.changeLanguage('lv');
  await loadSignedInTexts();
});

describe('ApplicationDocument', () => {
  it('reads as a document: headings, answers as text, the budget table with totals, files as links', () => {
    const { container } = render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <ApplicationDocument
            form={FORM}
            answers={{
              title: 'Kopienas dārzs',
              start: '2027-03-01',
              kind: 'w',
              budget: [{ category: 'materials', description: 'Stādi', quantity: 2, unitCostCents: 60_000, ownContributionCents: 12_000 }],
              files: ['f1'],
            }}
            attachments={[{ id: 'f1', fileName: 'vestule.pdf', sizeBytes: 2048, mimeType: 'application/pdf' }]}
          />
        </I18nextProvider>
      </MantineProvider>,
    );
    expect(container.querySelectorAll('input, textarea, select')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 2, name: 'Projekts' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Projekta nosaukums' })).toBeTruthy();
    expect(screen.getByText('Kopienas dārzs')).toBeTruthy();
    expect(screen.getByText('2027. gada 1. marts')).toBeTruthy();
    expect(screen.getByText('Darbnīcas')).toBeTruthy();
    // An unanswered question says so instead of showing an empty box.
    const note = container.querySelector('[data-question-id="note"]') as HTMLElement;
    expect(note.textContent).toContain('Piezīmes');
    expect(note.textContent?.length).toBeGreaterThan('Piezīmes'.length);

    const table = screen.getByRole('table');
    expect(within(table).getByText('Stādi')).toBeTruthy();
    expect(within(table).getByText('Materiāli')).toBeTruthy();
    const money = (text: string | null) => text?.replace(/\s/g, ' ');
    const budget = container.querySelector('[data-question-id="budget"]') as HTMLElement;
    expect(money(budget.textContent)).toContain('Kopējās izmaksas1200,00 €');
    expect(money(budget.textContent)).toContain('Pieprasītā summa1080,00 €');

    const links = screen.getAllByRole('link', { name: 'vestule.pdf' });
    expect(links.length).toBe(2); // in its question and in the list of attachments
    expect(links[0]!.getAttribute('href')).toContain('f1');
    expect(screen.getByRole('heading', { level: 2, name: 'Pielikumi (1)' })).toBeTruthy();
  });
});
