import type { z } from 'zod';
import type { TLocale } from '@kopa/shared';
import { html, SafeHtml } from './html';

/** What every template may use besides its own params. */
export interface EmailRenderContext {
  /** Public base URL of the app, without a trailing slash. */
  appUrl: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** One language version: a subject, plain-text paragraphs and their HTML counterpart. */
export interface EmailContent {
  subject: string;
  /** Plain-text body; paragraphs are separated by a blank line. */
  text: string;
  /** HTML body (inside the shared layout); build it with the escaping `html` tag. */
  html: SafeHtml;
}

export interface EmailTemplate<TParams> {
  params: z.ZodType<TParams>;
  render: Record<TLocale, (params: TParams, context: EmailRenderContext) => EmailContent>;
}

/** Declares a template; `params` is both the runtime check and the source of the params type. */
export function defineEmailTemplate<TSchema extends z.ZodType>(template: {
  params: TSchema;
  render: Record<TLocale, (params: z.infer<TSchema>, context: EmailRenderContext) => EmailContent>;
}): EmailTemplate<z.infer<TSchema>> {
  return template as EmailTemplate<z.infer<TSchema>>;
}

const FOOTER: Record<TLocale, string> = {
  lv: 'Šī vēstule nosūtīta automātiski no Kopa — grantu programmu pārvaldības sistēmas. Lūdzu, neatbildiet uz to.',
  en: 'This message was sent automatically by Kopa, the grant programme management system. Please do not reply to it.',
};

/** Wraps a body in a minimal, accessible document: language, title, readable width, real links. */
export function layout(locale: TLocale, content: EmailContent): RenderedEmail {
  const document = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${content.subject}</title>
</head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:600px;margin:0 auto">
${content.html}
<hr style="border:none;border-top:1px solid #d0d0d0;margin:32px 0 16px">
<p style="font-size:14px;color:#4a4a4a">${FOOTER[locale]}</p>
</main>
</body>
</html>`;
  return {
    subject: content.subject,
    text: `${content.text}\n\n-- \n${FOOTER[locale]}\n`,
    html: document.value,
  };
}

/** A call-to-action link that is also readable as text when buttons are not shown. */
export function actionLink(href: string, label: string): SafeHtml {
  return html`<p style="margin:24px 0"><a href="${href}" style="display:inline-block;padding:12px 20px;background:#1f4e8c;color:#ffffff;text-decoration:underline;border-radius:4px">${label}</a></p>`;
}
