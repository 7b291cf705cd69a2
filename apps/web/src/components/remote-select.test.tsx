// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { theme } from '../app/theme';
import { stubMatchMedia, stubResizeObserver } from '../test/match-media';
import { RemoteSelect, type RemoteOptionsPage } from './remote-select';

beforeAll(() => {
  stubMatchMedia();
  stubResizeObserver();
  Element.prototype.scrollIntoView ??= () => undefined;
});
afterEach(() => cleanup());

const CENTRES = ['Preiļu KRC', 'Aglonas KRC', 'Ludzas KRC'].map((label, index) => ({ value: `c${index}`, label }));

function renderSelect(search: (text: string) => Promise<RemoteOptionsPage>, onChange = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MantineProvider theme={theme}>
        <RemoteSelect
          label="Centrs"
          value={null}
          onChange={onChange}
          search={(text) => search(text)}
          queryKey={['centres']}
          moreText={(count) => `Vēl ${count}`}
          nothingFound="Nav"
        />
      </MantineProvider>
    </QueryClientProvider>,
  );
  return onChange;
}

describe('RemoteSelect', () => {
  // Generous waits: the debounce and the query resolve slowly on a loaded machine.
  it('asks the server for what was typed, offers its answer as is, and says how many more there are', async () => {
    const search = vi.fn(async (text: string) => {
      const matching = CENTRES.filter((centre) => centre.label.toLowerCase().includes(text.toLowerCase()));
      return { options: matching.slice(0, 2), total: matching.length };
    });
    const onChange = renderSelect(search);
    await waitFor(() => expect(search).toHaveBeenCalledWith(''), { timeout: 5000 });
    expect(await screen.findByText('Vēl 1', {}, { timeout: 5000 })).toBeTruthy();

    const input = screen.getByLabelText('Centrs', { selector: 'input' });
    const user = userEvent.setup();
    await user.type(input, 'aglon');
    await waitFor(() => expect(search).toHaveBeenCalledWith('aglon'), { timeout: 5000 });
    const option = await screen.findByText('Aglonas KRC', {}, { timeout: 5000 });
    await waitFor(() => expect(screen.queryByText('Preiļu KRC')).toBeNull(), { timeout: 5000 });
    await user.click(option);
    expect(onChange).toHaveBeenCalledWith('c1', { value: 'c1', label: 'Aglonas KRC' });
  }, 20_000);
});
