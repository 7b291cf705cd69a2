// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { theme } from '../app/theme';
import i18n, { i18nReady, loadSignedInTexts } from '../i18n/i18n';
import { ListPagination } from './list-pagination';
import { stubMatchMedia } from '../test/match-media';

beforeAll(async () => {
  stubMatchMedia();
  await i18nReady;
  await i18n.changeLanguage('lv');
  await loadSignedInTexts();
});
afterEach(cleanup);

function renderPagination(props: { total: number; page?: number; label?: string; onChange?: (page: number) => void }) {
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <ListPagination pageSize={20} page={props.page ?? 1} total={props.total} label={props.label} onChange={props.onChange ?? (() => undefined)} />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('list pagination', () => {
  it('shows nothing while the whole list fits on one page', () => {
    renderPagination({ total: 20 });
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('names the pages and every control in Latvian, one page per started twenty rows', () => {
    renderPagination({ total: 41, label: 'Pieteikumu saraksta lapas' });
    const nav = screen.getByRole('navigation', { name: 'Pieteikumu saraksta lapas' });
    expect(within(nav).getByRole('button', { name: '3. lapa' })).toBeTruthy();
    expect(within(nav).queryByRole('button', { name: '4. lapa' })).toBeNull();
    expect(within(nav).getByRole('button', { name: 'Nākamā lapa' })).toBeTruthy();
    expect(within(nav).getByRole('button', { name: 'Iepriekšējā lapa' })).toBeTruthy();
  });

  it('asks for the page a person picks, and never shows a page past the end as current', () => {
    const onChange = vi.fn();
    renderPagination({ total: 41, page: 9, onChange });
    const nav = screen.getByRole('navigation', { name: 'Saraksta lapas' });
    expect(within(nav).getByRole('button', { name: '3. lapa' }).getAttribute('aria-current')).toBe('page');
    within(nav).getByRole('button', { name: '2. lapa' }).click();
    expect(onChange).toHaveBeenCalledWith(2);
  });
});
