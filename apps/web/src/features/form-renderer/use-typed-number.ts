import { useEffect, useRef, useState } from 'react';

/**
 * A numeric answer typed as text: the text stays as typed, the answer changes only when the
 * text can be read (or is emptied), and a value changed by someone else (a conflict resolved,
 * a reload) replaces the text.
 */
export function useTypedNumber(
  value: number | null,
  format: (value: number) => string,
  parse: (text: string) => number | null,
  onChange: (value: number | null) => void,
) {
  const [text, setText] = useState(() => (value === null ? '' : format(value)));
  const lastEmitted = useRef<number | null>(value);

  useEffect(() => {
    if (value !== lastEmitted.current) {
      lastEmitted.current = value;
      setText(value === null ? '' : format(value));
    }
  }, [value, format]);

  const unreadable = text.trim() !== '' && parse(text) === null;
  const onText = (next: string) => {
    setText(next);
    const parsed = next.trim() === '' ? null : parse(next);
    if (next.trim() === '' || parsed !== null) {
      lastEmitted.current = parsed;
      onChange(parsed);
    }
  };
  return { text, unreadable, onText };
}
