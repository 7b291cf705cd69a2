import type { TLocale } from '@kopa/shared';
import { EMAIL_TEMPLATE_REGISTRY } from './templates';
import type { EmailTemplate } from './templates/template';
import type { EmailTemplateName } from './email-templates';

export interface InboxContent {
  subject: string;
  body: string;
  link: string | null;
}

const BODY_MAX = 4000;
const URL_PATTERN = /https?:\/\/\S+/g;
/** "… nomainiet paroli (https://…)": the link in parentheses goes, with its space. */
const PARENTHESISED_URL = /\s*\(https?:\/\/[^\s)]+\)/g;
const URL_LINE = /^\s*https?:\/\/\S+\s*$/;

/**
 * The inbox copy of an e-mail: the template's own subject and plain text in the user's
 * language, without URLs (links in mails may carry one-time tokens, which must not sit in
 * the database), and the in-app path of the mail's link when it points into the app and
 * carries no token.
 */
export function inboxContent(template: EmailTemplateName, locale: TLocale, params: unknown, appUrl: string): InboxContent {
  const definition = EMAIL_TEMPLATE_REGISTRY[template] as EmailTemplate<unknown>;
  const rendered = definition.render[locale](definition.params.parse(params), { appUrl });
  const body = withoutLinks(rendered.text)
    .trim()
    .slice(0, BODY_MAX);
  return { subject: rendered.subject.slice(0, 300), body, link: inAppLink(params, appUrl) };
}

/**
 * The text without its URLs, reading well without them: a line that only held a link goes,
 * and so does the line that introduced it ("… apskatīt šeit:"), since the inbox offers its
 * own "Open" button; links in parentheses go with the parentheses.
 */
export function withoutLinks(text: string): string {
  const lines = text.replace(PARENTHESISED_URL, '').split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    if (URL_LINE.test(line)) {
      while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
      if (kept.length > 0 && kept[kept.length - 1]!.trimEnd().endsWith(':')) kept.pop();
      continue;
    }
    kept.push(line.replace(URL_PATTERN, '').trimEnd());
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n');
}

function inAppLink(params: unknown, appUrl: string): string | null {
  const link = (params as { link?: unknown } | null)?.link;
  if (typeof link !== 'string' || !link.startsWith(`${appUrl}/`)) return null;
  const path = link.slice(appUrl.length);
  return /token/i.test(path) ? null : path.slice(0, 500);
}
