import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

/** A coordinator found an application eligible or not eligible; the reason is the coordinator's own text. */
export const eligibilityDecidedTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    referenceNumber: z.string().min(1).max(100),
    callTitle: z.string().min(1).max(500),
    eligible: z.boolean(),
    /** Required when not eligible (the service makes sure); may be empty when eligible. */
    reason: z.string().max(2000),
    link: ZLink,
  }),
  render: {
    lv: (p) => {
      const subject = p.eligible
        ? `Pieteikums ${p.referenceNumber} ir atbilstošs`
        : `Pieteikums ${p.referenceNumber} nav atbilstošs`;
      const outcome = p.eligible
        ? `Jūsu pieteikums ${p.referenceNumber} konkursam „${p.callTitle}” ir atzīts par atbilstošu un tiks nodots vērtēšanai.`
        : `Jūsu pieteikums ${p.referenceNumber} konkursam „${p.callTitle}” ir atzīts par neatbilstošu, un tālāk tas netiks vērtēts.`;
      return {
        subject,
        text: [`Labdien, ${p.displayName}!`, outcome, ...(p.reason ? [`Pamatojums:\n${p.reason}`] : []), 'Pieteikumu varat apskatīt šeit:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Labdien, ${p.displayName}!</p>
<p>${outcome}</p>
${p.reason ? html`<p>Pamatojums:</p><blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.reason}</blockquote>` : html``}
${actionLink(p.link, 'Atvērt pieteikumu')}`,
      };
    },
    en: (p) => {
      const subject = p.eligible
        ? `Application ${p.referenceNumber} is eligible`
        : `Application ${p.referenceNumber} is not eligible`;
      const outcome = p.eligible
        ? `Your application ${p.referenceNumber} to the call “${p.callTitle}” was found eligible and goes on to review.`
        : `Your application ${p.referenceNumber} to the call “${p.callTitle}” was found not eligible and will not be reviewed further.`;
      return {
        subject,
        text: [`Hello ${p.displayName},`, outcome, ...(p.reason ? [`Reason:\n${p.reason}`] : []), 'You can see the application here:', p.link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${subject}</h1>
<p>Hello ${p.displayName},</p>
<p>${outcome}</p>
${p.reason ? html`<p>Reason:</p><blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.reason}</blockquote>` : html``}
${actionLink(p.link, 'Open the application')}`,
      };
    },
  },
});
