import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

export interface RemoteOption {
  value: string;
  label: string;
}

export interface RemoteOptionsPage {
  options: RemoteOption[];
  /** How many matched in all (the list shows the first page). */
  total: number;
}

interface RemoteSelectProps {
  label: string;
  description?: string;
  placeholder?: string;
  value: string | null;
  onChange: (value: string | null, option: RemoteOption | null) => void;
  /** Asks the server for a page of options matching the typed text (lists are searched in SQL). */
  search: (text: string, signal: AbortSignal) => Promise<RemoteOptionsPage>;
  queryKey: readonly unknown[];
  /** The current value's option, when it came from elsewhere (an edit form). */
  initialOption?: RemoteOption | null;
  /** "12 more: type to narrow" under the field when the first page is not everything. */
  moreText: (count: number) => string;
  nothingFound: string;
  required?: boolean;
  clearable?: boolean;
  error?: string;
}

/** A searchable select whose options come page by page from the API as the person types. */
export function RemoteSelect({ search, queryKey, initialOption = null, moreText, nothingFound, description, value, onChange, ...field }: RemoteSelectProps) {
  const [selected, setSelected] = useState<RemoteOption | null>(initialOption);
  const [searchValue, setSearchValue] = useState(initialOption?.label ?? '');
  const [debounced] = useDebouncedValue(searchValue.trim(), 300);
  const [text, setText] = useState('');
  const results = useQuery({
    queryKey: [...queryKey, text],
    queryFn: ({ signal }) => search(text, signal),
    placeholderData: keepPreviousData,
  });
  const options = results.data?.options ?? [];
  // The chosen option as the server labels it now (the initial label may be shorter).
  const current = value === null ? null : (options.find((option) => option.value === value) ?? (selected?.value === value ? selected : null));
  // While the field shows the chosen option's label, offer the first page rather than that one match.
  const wanted = current && debounced === current.label ? '' : debounced;
  if (wanted !== text) setText(wanted);
  const data = selected && !options.some((option) => option.value === selected.value) ? [selected, ...options] : options;
  const more = (results.data?.total ?? 0) - options.length;

  return (
    <Select
      {...field}
      searchable
      description={more > 0 ? moreText(more) : description}
      data={data}
      value={value}
      filter={({ options: all }) => all}
      searchValue={searchValue}
      onSearchChange={setSearchValue}
      nothingFoundMessage={results.isFetching ? '…' : nothingFound}
      onChange={(next, option) => {
        const chosen = next && option ? { value: next, label: option.label } : null;
        setSelected(chosen);
        onChange(next, chosen);
      }}
    />
  );
}
