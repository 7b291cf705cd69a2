import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

/** A coordinator sent a submitted review back to its reviewer, with the reason. */
export const reviewReopenedTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    callTitle: z.string().trim().min(1).max(200),
    referenceNumber: z.string().trim().min(1).max(50),
    reason: z.string().trim().min(1).max(1000),
    link: ZLink,
  }),
  render: {
    lv: (p) => ({
      subject: `Vērtējums atkal atvērts: pieteikums ${p.referenceNumber}`,
      text: [
        `Labdien, ${p.displayName}!`,
        `Koordinators atkal atvēra Jūsu iesniegto vērtējumu pieteikumam ${p.referenceNumber} konkursā „${p.callTitle}”.`,
        `Iemesls: ${p.reason}`,
        'Pārskatiet vērtējumu un iesniedziet to vēlreiz:',
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Vērtējums atkal atvērts</h1>
<p>Labdien, ${p.displayName}!</p>
<p>Koordinators atkal atvēra Jūsu iesniegto vērtējumu pieteikumam ${p.referenceNumber} konkursā „${p.callTitle}”.</p>
<p>Iemesls: ${p.reason}</p>
${actionLink(p.link, 'Atvērt vērtējumu')}`,
    }),
    en: (p) => ({
      subject: `Review reopened: application ${p.referenceNumber}`,
      text: [
        `Hello ${p.displayName},`,
        `A coordinator reopened the review you submitted for application ${p.referenceNumber} in the call “${p.callTitle}”.`,
        `Reason: ${p.reason}`,
        'Please look at it again and resubmit it:',
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Review reopened</h1>
<p>Hello ${p.displayName},</p>
<p>A coordinator reopened the review you submitted for application ${p.referenceNumber} in the call “${p.callTitle}”.</p>
<p>Reason: ${p.reason}</p>
${actionLink(p.link, 'Open the review')}`,
    }),
  },
});
