import { z } from 'zod';

/**
 * Text someone chose (a name, an organisation's name) shown inside a mail we send to
 * someone else: a zero-width space after every `.`, `:`, `/` and `@` followed by more text
 * keeps mail clients from turning "pay at evil.example/login" into a link that seems to
 * come from us, while a reader still sees the same words.
 */
export function inertText(text: string): string {
  return text.replace(/([.:/@])(?=[^\s\u200b])/g, '$1\u200b');
}

/** Chosen text of at most `max` characters, rendered inert. */
export const ZUserText = (max: number) => z.string().trim().min(1).max(max).transform(inertText);

/** Param building blocks shared by templates. Links must be http(s): no `javascript:` in a mail. */
export const ZDisplayName = ZUserText(200);
export const ZLink = z.url({ protocol: /^https?$/ });
