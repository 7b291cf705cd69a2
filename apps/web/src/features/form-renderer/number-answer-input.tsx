import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatNumberInput, parseNumberInput } from './form-renderer-logic';
import { useTypedNumber } from './use-typed-number';

interface NumberAnswerInputProps {
  id?: string;
  label: ReactNode;
  description?: ReactNode;
  required?: boolean;
  value: number | null;
  onChange: (value: number | null) => void;
  readOnly?: boolean;
  error?: string;
  /** Whole numbers only: "2,5" is refused, never read as 25. */
  integer: boolean;
  /** Shown when the typed text is not a number (the answer stays as it was). */
  invalidText: string;
  language: string;
}

/**
 * A number typed as text in the app's language ("2,5" in Latvian, "2.5" in English), so
 * nothing typed is silently dropped: what cannot be read is an error next to the field.
 */
export function NumberAnswerInput({ value, onChange, invalidText, language, error, integer, ...rest }: NumberAnswerInputProps) {
  const { text, unreadable, onText } = useTypedNumber(
    value,
    (number) => formatNumberInput(number, language),
    (typed) => parseNumberInput(typed, integer),
    onChange,
  );

  return (
    <TextInput
      {...rest}
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={text}
      error={unreadable ? invalidText : error}
      onChange={(event) => onText(event.currentTarget.value)}
    />
  );
}
