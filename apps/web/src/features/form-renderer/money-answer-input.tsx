import { TextInput } from '@mantine/core';
import { centsToEuroInput, parseEuroToCents } from '@kopa/shared';
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface MoneyAnswerInputProps {
  label: ReactNode;
  description?: ReactNode;
  required?: boolean;
  value: number | null;
  onChange: (cents: number | null) => void;
  readOnly?: boolean;
  error?: string;
  /** Shown when the typed text is not an amount (the answer stays as it was). */
  invalidText: string;
  language: string;
  'aria-label'?: string;
}

/** Euros typed as text ("1 500,50"); the answer is integer cents, or null when empty. */
export function MoneyAnswerInput({ value, onChange, invalidText, language, error, ...rest }: MoneyAnswerInputProps) {
  const [text, setText] = useState(() => (value === null ? '' : centsToEuroInput(value, language)));
  const lastEmitted = useRef<number | null>(value);

  // Someone else changed the value (conflict resolved, reload): show theirs.
  useEffect(() => {
    if (value !== lastEmitted.current) {
      lastEmitted.current = value;
      setText(value === null ? '' : centsToEuroInput(value, language));
    }
  }, [value, language]);

  const cents = text.trim() === '' ? null : parseEuroToCents(text);
  const unreadable = text.trim() !== '' && cents === null;

  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      autoComplete="off"
      rightSection="€"
      value={text}
      error={unreadable ? invalidText : error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const parsed = next.trim() === '' ? null : parseEuroToCents(next);
        if (next.trim() === '' || parsed !== null) {
          lastEmitted.current = parsed;
          onChange(parsed);
        }
      }}
    />
  );
}
