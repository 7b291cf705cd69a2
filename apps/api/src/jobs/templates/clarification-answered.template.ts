import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

/** To the coordinator who asked: the applicant resubmitted the application with the clarification. */
export const clarificationAnsweredTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    referenceNumber: z.string().min(1).max(100),
    organisationName: z.string().min(1).max(500),
    link: ZLink,
  }),
  render: {
    lv: (p) => ({
      subject: `Pieteikumam ${p.referenceNumber} iesniegts precizējums`,
      text: [
        `Labdien, ${p.displayName}!`,
        `${p.organisationName} ir iesniegusi precizējumu pieteikumam ${p.referenceNumber}, ko Jūs pieprasījāt. Pieteikums ir iesniegts atkārtoti un gaida Jūsu izskatīšanu:`,
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Pieteikumam ${p.referenceNumber} iesniegts precizējums</h1>
<p>Labdien, ${p.displayName}!</p>
<p>${p.organisationName} ir iesniegusi precizējumu pieteikumam ${p.referenceNumber}, ko Jūs pieprasījāt. Pieteikums ir iesniegts atkārtoti un gaida Jūsu izskatīšanu.</p>
${actionLink(p.link, 'Atvērt pieteikumu')}`,
    }),
    en: (p) => ({
      subject: `Clarification submitted for application ${p.referenceNumber}`,
      text: [
        `Hello ${p.displayName},`,
        `${p.organisationName} has submitted the clarification you requested for application ${p.referenceNumber}. The application was resubmitted and is waiting for you:`,
        p.link,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Clarification submitted for application ${p.referenceNumber}</h1>
<p>Hello ${p.displayName},</p>
<p>${p.organisationName} has submitted the clarification you requested for application ${p.referenceNumber}. The application was resubmitted and is waiting for you.</p>
${actionLink(p.link, 'Open the application')}`,
    }),
  },
});
