import { TextInput } from '@mantine/core';
import { centsToEuroInput, parseEuroToCents } from '@kopa/shared';
import type { ReactNode } from 'react';
import { useTypedNumber } from './use-typed-number';

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
  const { text, unreadable, onText } = useTypedNumber(value, (cents) => centsToEuroInput(cents, language), parseEuroToCents, onChange);

  return (
    <TextInput
      {...rest}
      inputMode="decimal"
      autoComplete="off"
      rightSection="€"
      value={text}
      error={unreadable ? invalidText : error}
      onChange={(event) => onText(event.currentTarget.value)}
    />
  );
}
