import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

/** A coordinator reopened questions of a submitted application until a due date. */
export const clarificationRequestedTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    referenceNumber: z.string().min(1).max(100),
    message: z.string().min(1).max(4000),
    /** Already formatted in Europe/Riga in the recipient's language. */
    dueAt: z.string().min(1).max(100),
    link: ZLink,
  }),
  render: {
    lv: (p) => ({
      subject: `Pieteikumam ${p.referenceNumber} nepieciešami precizējumi`,
      text: [
        `Labdien, ${p.displayName}!`,
        `Programmas koordinators lūdz precizēt pieteikumu ${p.referenceNumber}:`,
        p.message,
        `Precizējuma iesniegšanas termiņš: ${p.dueAt} (Rīgas laiks). Labošanai atvērtie jautājumi ir redzami pieteikumā:`,
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Pieteikumam ${p.referenceNumber} nepieciešami precizējumi</h1>
<p>Labdien, ${p.displayName}!</p>
<p>Programmas koordinators lūdz precizēt pieteikumu ${p.referenceNumber}:</p>
<blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.message}</blockquote>
<p>Precizējuma iesniegšanas termiņš: <strong>${p.dueAt}</strong> (Rīgas laiks).</p>
${actionLink(p.link, 'Atvērt pieteikumu')}`,
    }),
    en: (p) => ({
      subject: `Clarification requested for application ${p.referenceNumber}`,
      text: [
        `Hello ${p.displayName},`,
        `The programme coordinator asks you to clarify application ${p.referenceNumber}:`,
        p.message,
        `You can submit the clarification until ${p.dueAt} (Riga time). The reopened questions are shown in the application:`,
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Clarification requested for application ${p.referenceNumber}</h1>
<p>Hello ${p.displayName},</p>
<p>The programme coordinator asks you to clarify application ${p.referenceNumber}:</p>
<blockquote style="margin:16px 0;padding-left:12px;border-left:4px solid #d0d0d0;white-space:pre-wrap">${p.message}</blockquote>
<p>You can submit the clarification until <strong>${p.dueAt}</strong> (Riga time).</p>
${actionLink(p.link, 'Open the application')}`,
    }),
  },
});
