// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { theme } from '../app/theme';
import { stubMatchMedia } from '../test/match-media';
import { UrlSearchInput } from './url-search-input';

beforeAll(() => stubMatchMedia());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('URL search input', () => {
  it('shows the kept value, and applies the trimmed text once typing pauses, only once', () => {
    vi.useFakeTimers();
    const onSearch = vi.fn();
    render(
      <MantineProvider theme={theme}>
        <UrlSearchInput label="Meklēt" value="mežs" maxLength={10} onSearch={onSearch} />
      </MantineProvider>,
    );
    const input = screen.getByRole('textbox', { name: 'Meklēt' });
    expect(input).toHaveProperty('value', 'mežs');
    expect(input.getAttribute('maxlength')).toBe('10');
    fireEvent.change(input, { target: { value: ' ozols' } });
    fireEvent.change(input, { target: { value: ' ozols ' } });
    expect(input).toHaveProperty('value', ' ozols ');
    expect(onSearch).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(300));
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenCalledWith('ozols');
  });
});
