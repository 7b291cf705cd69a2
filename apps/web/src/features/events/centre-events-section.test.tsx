// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import type { TEventListResponse, TEventSummary } from '@kopa/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n, { i18nReady, loadTexts } from '../../i18n/i18n';
import { stubMatchMedia } from '../../test/match-media';
import { theme } from '../../app/theme';
import { CentreEventsSection } from './centre-events-section';

const CENTRE_ID = '0b7a3c1e-5d2f-4e6a-9b8c-1d2e3f4a5b6c';

const workshop: TEventSummary = {
  id: 'e1',
  type: 'workshop',
  title: { lv: 'Darbnīca „Kopienas ūdeņi”', en: 'Workshop “Community waters”' },
  // 07:00 UTC in June is 10:00 in Riga (summer time).
  startsAt: '2027-06-10T07:00:00.000Z',
  endsAt: '2027-06-10T10:00:00.000Z',
  municipality: { code: 'preili', name: { lv: 'Preiļu novads', en: 'Preiļi Municipality' } },
  resourceCentre: { id: CENTRE_ID, name: { lv: 'Aglonas kopienas resursu centrs', en: 'Aglona community resource centre' } },
  address: 'Somersetas iela 34',
  online: false,
  capacity: 10,
  placesLeft: 4,
  registrationDeadline: '2027-06-09T07:00:00.000Z',
};

function serve(list: TEventListResponse) {
  const fetch = vi.fn(async () => new Response(JSON.stringify(list), { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <MantineProvider theme={theme}>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={client}>
          <MemoryRouter>
            <CentreEventsSection centreId={CENTRE_ID} />
          </MemoryRouter>
        </QueryClientProvider>
      </I18nextProvider>
    </MantineProvider>,
  );
}

beforeAll(async () => {
  stubMatchMedia();
  await i18nReady;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CentreEventsSection', () => {
  it("lists the centre's events in the reader's language, in Riga time, each linking to its page", async () => {
    await i18n.changeLanguage('lv');
    await loadTexts(['events']);
    const fetch = serve({ items: [workshop], total: 14, page: 1, pageSize: 10 });
    renderSection();

    const link = await screen.findByRole('link', { name: 'Darbnīca „Kopienas ūdeņi”' });
    expect(link.getAttribute('href')).toBe('/events/e1');
    expect(link.closest('li')?.textContent).toMatch(/Darbnīca · .*10:00–13:00/);
    expect(screen.getByRole('heading', { level: 2, name: 'Gaidāmie pasākumi' })).toBeTruthy();
    expect(screen.getByText('Parādīti tuvākie; gaidāmo pasākumu kopā: 14')).toBeTruthy();
    const url = new URL(((fetch.mock.calls[0] as unknown[])[0] as Request).url);
    expect(url.pathname).toBe('/api/events');
    expect(url.searchParams.get('resourceCentreId')).toBe(CENTRE_ID);
  });

  it('says plainly when nothing is planned at the centre', async () => {
    await i18n.changeLanguage('en');
    await loadTexts(['events']);
    serve({ items: [], total: 0, page: 1, pageSize: 10 });
    renderSection();

    expect(await screen.findByText('No events are planned at this centre at the moment.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Upcoming events' })).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
