import { z } from 'zod';
import { actionLink, defineEmailTemplate, type EmailContent } from './template';
import { html, type SafeHtml } from './html';
import { ZDisplayName, ZLink } from './params';

const ZFeedback = z.object({
  /** Scores already formatted in the recipient's language ("3,5 / 5"). */
  criteria: z.array(z.object({ name: z.string().min(1).max(500), score: z.string().max(50), fundedMean: z.string().max(50) })).max(50),
  comments: z.array(z.object({ criterion: z.string().min(1).max(500), comment: z.string().min(1).max(10_000) })).max(200),
});

/**
 * A decision letter: subject and body come from the call's template, merged for this
 * application (plain text, escaped here); optional feedback follows the letter.
 */
const ZParams = z.object({
  displayName: ZDisplayName,
  subject: z.string().trim().min(1).max(500),
  body: z.string().trim().min(1).max(30_000),
  feedback: ZFeedback.nullable(),
  link: ZLink,
});
type Params = z.infer<typeof ZParams>;

export const decisionLetterTemplate = defineEmailTemplate({
  params: ZParams,
  render: {
    lv: (p) =>
      letter(p, {
        criteria: 'Vērtējums pa kritērijiem',
        criterion: 'Kritērijs',
        yours: 'Jūsu pieteikums',
        funded: 'Atbalstīto pieteikumu vidējais',
        comments: 'Vērtētāju komentāri',
        open: 'Atvērt pieteikumu',
      }),
    en: (p) =>
      letter(p, {
        criteria: 'Scores by criterion',
        criterion: 'Criterion',
        yours: 'Your application',
        funded: 'Mean of funded applications',
        comments: 'Reviewer comments',
        open: 'Open the application',
      }),
  },
});

type Labels = Record<'criteria' | 'criterion' | 'yours' | 'funded' | 'comments' | 'open', string>;

function letter(p: Params, l: Labels): EmailContent {
  const feedbackText: string[] = [];
  let feedbackHtml: SafeHtml = html``;
  if (p.feedback && (p.feedback.criteria.length > 0 || p.feedback.comments.length > 0)) {
    feedbackText.push(l.criteria, ...p.feedback.criteria.map((c) => `- ${c.name}: ${c.score} (${l.funded.toLowerCase()}: ${c.fundedMean})`));
    if (p.feedback.comments.length > 0) feedbackText.push(l.comments, ...p.feedback.comments.map((c) => `- ${c.criterion}: ${c.comment}`));
    feedbackHtml = html`<h2 style="font-size:18px">${l.criteria}</h2>
<table style="border-collapse:collapse">
<thead><tr><th scope="col" style="text-align:left;padding:4px 8px">${l.criterion}</th><th scope="col" style="text-align:right;padding:4px 8px">${l.yours}</th><th scope="col" style="text-align:right;padding:4px 8px">${l.funded}</th></tr></thead>
<tbody>${p.feedback.criteria.map((c) => html`<tr><td style="padding:4px 8px">${c.name}</td><td style="text-align:right;padding:4px 8px">${c.score}</td><td style="text-align:right;padding:4px 8px">${c.fundedMean}</td></tr>`)}</tbody>
</table>
${p.feedback.comments.length > 0 ? html`<h2 style="font-size:18px">${l.comments}</h2><ul>${p.feedback.comments.map((c) => html`<li><strong>${c.criterion}:</strong> <span style="white-space:pre-wrap">${c.comment}</span></li>`)}</ul>` : html``}`;
  }
  return {
    subject: p.subject,
    text: [p.body, ...(feedbackText.length ? [feedbackText.join('\n')] : []), p.link].join('\n\n'),
    html: html`<h1 style="font-size:22px">${p.subject}</h1>
<div style="white-space:pre-wrap">${p.body}</div>
${feedbackHtml}
${actionLink(p.link, l.open)}`,
  };
}

