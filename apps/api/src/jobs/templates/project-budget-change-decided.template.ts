import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink, ZUserText } from './params';

/** A coordinator approved or rejected a budget change request of a funded project; the comment is the coordinator's own text. */
export const projectBudgetChangeDecidedTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    agreementNumber: z.string().min(1).max(100),
    projectTitle: ZUserText(500),
    approved: z.boolean(),
    /** Required when rejected (the request schema makes sure); may be empty when approved. */
    comment: z.string().max(2000),
    link: ZLink,
  }),
  render: {
    lv: (p) => {
      const subject = p.approved ? `Budžeta grozījumi projektam ${p.agreementNumber} apstiprināti` : `Budžeta grozījumi projektam ${p.agreementNumber} noraidīti`;
      const outcome = p.approved
        ? `Jūsu budžeta grozījumu pieprasījums projektam „${p.projectTitle}” (līgums ${p.agreementNumber}) ir apstiprināts, un projekta budžets ir atjaunināts.`
        : `Jūsu budžeta grozījumu pieprasījums projektam „${p.projectTitle}” (līgums ${p.agreementNumber}) ir noraidīts; projekta budžets paliek nemainīts.`;
      return {
        subject,
        text: [`Labdien, ${p.displayName}!`, outcome, ...(p.comment ? [`Koordinatora komentārs:\n${p.comment}`] : []), 'Projekta budžetu varat apskatīt šeit:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Labdien, ${p.displayName}!</p>
<p>${outcome}</p>
${p.comment ? html`<p>Koordinatora komentārs:</p><blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.comment}</blockquote>` : html``}
${actionLink(p.link, 'Atvērt projektu')}`,
      };
    },
    en: (p) => {
      const subject = p.approved ? `Budget change for project ${p.agreementNumber} approved` : `Budget change for project ${p.agreementNumber} rejected`;
      const outcome = p.approved
        ? `Your budget change request for the project “${p.projectTitle}” (agreement ${p.agreementNumber}) was approved and the project's budget has been updated.`
        : `Your budget change request for the project “${p.projectTitle}” (agreement ${p.agreementNumber}) was rejected; the project's budget stays as it was.`;
      return {
        subject,
        text: [`Hello ${p.displayName},`, outcome, ...(p.comment ? [`The coordinator's comment:\n${p.comment}`] : []), 'You can see the project budget here:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Hello ${p.displayName},</p>
<p>${outcome}</p>
${p.comment ? html`<p>The coordinator's comment:</p><blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.comment}</blockquote>` : html``}
${actionLink(p.link, 'Open the project')}`,
      };
    },
  },
});
