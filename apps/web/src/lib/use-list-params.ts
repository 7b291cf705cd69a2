import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

type Changes = Record<string, string | null | undefined>;

/**
 * A list's filters, sort and page live in the URL, so a reload or a shared link shows the
 * same rows. Changing anything other than the page starts again at the first page; an
 * empty value removes its parameter, and so does page 1.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: Changes) => {
      const next = new URLSearchParams(params);
      for (const [name, value] of Object.entries(changes)) {
        if (value && !(name === 'page' && value === '1')) next.set(name, value);
        else next.delete(name);
      }
      if (!('page' in changes)) next.delete('page');
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  const setParam = useCallback((name: string, value: string | null | undefined) => update({ [name]: value }), [update]);
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { params, setParam, update, clear };
}
