import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

type UrlSearchInputProps = {
  label: string;
  description?: string;
  /** The value kept in the URL (the list's filter as applied). */
  value: string;
  maxLength: number;
  /** Called with the trimmed text once typing pauses, e.g. `(text) => setParam('q', text)`. */
  onSearch: (text: string) => void;
};

/** A list's search box: shows what is typed at once and applies it to the URL after a short pause. */
export function UrlSearchInput({ label, description, value, maxLength, onSearch }: UrlSearchInputProps) {
  const [typed, setTyped] = useState(value);
  const apply = useDebouncedCallback((text: string) => onSearch(text.trim()), 300);
  return (
    <TextInput
      label={label}
      description={description}
      value={typed}
      maxLength={maxLength}
      onChange={(event) => {
        setTyped(event.currentTarget.value);
        apply(event.currentTarget.value);
      }}
      w={{ base: '100%', sm: 320 }}
    />
  );
}
