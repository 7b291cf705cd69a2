import type { FieldValues, Resolver } from 'react-hook-form';

export type DeferredResolver<TFieldValues extends FieldValues, TContext, TTransformedValues> = Resolver<
  TFieldValues,
  TContext,
  TTransformedValues
> & {
  /** Starts fetching the validation code, e.g. when the visitor first focuses the form. */
  preload: () => void;
};

/**
 * A react-hook-form resolver fetched on demand: the schema (and zod with it) is not part of the
 * page's first download, but arrives while the visitor types (`preload` on focus) or, at the
 * latest, on the first submit, which waits for it. The validation itself is the schema's, unchanged.
 */
export function deferredResolver<TFieldValues extends FieldValues, TContext = unknown, TTransformedValues = TFieldValues>(
  load: () => Promise<Resolver<TFieldValues, TContext, TTransformedValues>>,
): DeferredResolver<TFieldValues, TContext, TTransformedValues> {
  let loaded: Promise<Resolver<TFieldValues, TContext, TTransformedValues>> | undefined;
  const get = () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined; // offline for a moment: the next submit tries again
      throw error;
    }));
  const resolver: Resolver<TFieldValues, TContext, TTransformedValues> = async (values, context, options) =>
    (await get())(values, context, options);
  return Object.assign(resolver, { preload: () => void get().catch(() => undefined) });
}
