import { Input } from '@mantine/core';
import { useId, type ChangeEvent } from 'react';

interface PlainSelectProps {
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLSelectElement>) => void;
  data: ReadonlyArray<{ value: string; label: string }>;
  required?: boolean;
  error?: string | null;
  maw?: number;
}

/**
 * The browser's own select in Mantine's field frame, for public pages: their first visit must
 * stay within the size budget, and the combobox (floating-ui, portals, focus trap) is heavy.
 */
export function PlainSelect({ label, value, onChange, data, required, error, maw }: PlainSelectProps) {
  const id = useId();
  return (
    <Input.Wrapper label={label} required={required} error={error} id={id} maw={maw}>
      <Input component="select" id={id} value={value} onChange={onChange} required={required} error={Boolean(error)} rightSection="▾" rightSectionPointerEvents="none">
        {data.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Input>
    </Input.Wrapper>
  );
}
