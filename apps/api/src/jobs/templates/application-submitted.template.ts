import { quotedName } from '@kopa/shared';
import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink, ZUserText } from './params';

/** Receipt after a submission; the worker attaches the PDF copy (payload `attachments`). */
export const applicationSubmittedTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    referenceNumber: z.string().min(1).max(100),
    callTitle: z.string().min(1).max(500),
    organisationName: ZUserText(500),
    /** Already formatted in Europe/Riga in the recipient's language. */
    submittedAt: z.string().min(1).max(100),
    link: ZLink,
  }),
  render: {
    lv: (p) => ({
      subject: `Pieteikums ${p.referenceNumber} saņemts`,
      text: [
        `Labdien, ${p.displayName}!`,
        `Esam saņēmuši organizācijas ${quotedName(p.organisationName, 'lv')} pieteikumu konkursam „${p.callTitle}”.`,
        `Pieteikuma numurs: ${p.referenceNumber}\nIesniegts: ${p.submittedAt}`,
        'Pieteikuma kopija PDF formātā pievienota šai vēstulei. Pieteikumu varat apskatīt šeit:',
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Pieteikums ${p.referenceNumber} saņemts</h1>
<p>Labdien, ${p.displayName}!</p>
<p>Esam saņēmuši organizācijas ${quotedName(p.organisationName, 'lv')} pieteikumu konkursam „${p.callTitle}”.</p>
<p>Pieteikuma numurs: <strong>${p.referenceNumber}</strong><br>Iesniegts: ${p.submittedAt}</p>
<p>Pieteikuma kopija PDF formātā pievienota šai vēstulei.</p>
${actionLink(p.link, 'Atvērt pieteikumu')}
<p>Ja poga nedarbojas, atveriet šo adresi pārlūkprogrammā:<br><a href="${p.link}">${p.link}</a></p>`,
    }),
    en: (p) => ({
      subject: `Application ${p.referenceNumber} received`,
      text: [
        `Hello ${p.displayName},`,
        `We have received the application of ${quotedName(p.organisationName, 'en')} to the call “${p.callTitle}”.`,
        `Reference number: ${p.referenceNumber}\nSubmitted: ${p.submittedAt}`,
        'A PDF copy of the application is attached to this message. You can view the application here:',
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Application ${p.referenceNumber} received</h1>
<p>Hello ${p.displayName},</p>
<p>We have received the application of ${quotedName(p.organisationName, 'en')} to the call “${p.callTitle}”.</p>
<p>Reference number: <strong>${p.referenceNumber}</strong><br>Submitted: ${p.submittedAt}</p>
<p>A PDF copy of the application is attached to this message.</p>
${actionLink(p.link, 'Open the application')}
<p>If the button does not work, open this address in your browser:<br><a href="${p.link}">${p.link}</a></p>`,
    }),
  },
});
