// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { useState } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { theme } from '../app/theme';
import { stubMatchMedia } from '../test/match-media';
import { DateField } from './date-field';

beforeAll(() => stubMatchMedia());
afterEach(cleanup);

async function renderIn(language: 'lv' | 'en', initial: string, onChange: (value: string) => void, withTime = false) {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ lng: language, resources: {}, react: { useSuspense: false } });
  function Field() {
    const [value, setValue] = useState(initial);
    return (
      <DateField
        label="Datums"
        withTime={withTime}
        value={value}
        onChange={(next) => {
          setValue(next);
          onChange(next);
        }}
      />
    );
  }
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <Field />
      </MantineProvider>
    </I18nextProvider>,
  );
  return screen.getByRole('textbox', { name: 'Datums' });
}

describe('DateField', () => {
  it('shows the value in the app language, whatever the browser’s', async () => {
    expect(await renderIn('lv', '2027-03-01', vi.fn())).toHaveProperty('value', '2027. gada 1. marts');
    cleanup();
    expect(await renderIn('en', '2027-03-01', vi.fn())).toHaveProperty('value', '1 March 2027');
  });

  it('takes a typed Latvian date and writes it back in words when the field is left', async () => {
    const onChange = vi.fn();
    const input = await renderIn('lv', '', onChange);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '15.4.2027' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-04-15');
    fireEvent.blur(input);
    expect(input).toHaveProperty('value', '2027. gada 15. aprīlis');
  });

  it('keeps a Riga wall-clock time as "YYYY-MM-DDTHH:mm"', async () => {
    const onChange = vi.fn();
    const input = await renderIn('en', '2027-03-01T09:00', onChange, true);
    expect((input as HTMLInputElement).value).toMatch(/^1 March 2027.*09:00$/);
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '2.3.2027 18:30' } });
    expect(onChange).toHaveBeenLastCalledWith('2027-03-02T18:30');
  });
});
