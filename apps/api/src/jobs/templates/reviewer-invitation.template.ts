import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

/** A coordinator invited someone to review a call: the link sets their password (account_invitation token). */
export const reviewerInvitationTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    inviterName: ZDisplayName,
    callTitle: z.string().trim().min(1).max(200),
    link: ZLink,
  }),
  render: {
    lv: (p) => ({
      subject: `Uzaicinājums kļūt par vērtētāju konkursā „${p.callTitle}”`,
      text: [
        `Labdien, ${p.displayName}!`,
        `${p.inviterName} Jūs uzaicina vērtēt pieteikumus konkursā „${p.callTitle}” sistēmā Kopa. Jums ir izveidots vērtētāja konts. Lai to sāktu lietot, atveriet šo saiti un izvēlieties paroli:`,
        p.link,
        'Saite ir derīga 7 dienas. Ja uzaicinājumu negaidījāt, ignorējiet šo vēstuli.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Uzaicinājums kļūt par vērtētāju</h1>
<p>Labdien, ${p.displayName}!</p>
<p>${p.inviterName} Jūs uzaicina vērtēt pieteikumus konkursā „${p.callTitle}” sistēmā Kopa. Jums ir izveidots vērtētāja konts. Lai to sāktu lietot, izvēlieties paroli.</p>
${actionLink(p.link, 'Izvēlēties paroli')}
<p>Ja poga nedarbojas, atveriet šo adresi pārlūkprogrammā:<br><a href="${p.link}">${p.link}</a></p>
<p>Saite ir derīga 7 dienas. Ja uzaicinājumu negaidījāt, ignorējiet šo vēstuli.</p>`,
    }),
    en: (p) => ({
      subject: `Invitation to review the call “${p.callTitle}”`,
      text: [
        `Hello ${p.displayName},`,
        `${p.inviterName} invites you to review applications to the call “${p.callTitle}” on Kopa. A reviewer account has been created for you. To start using it, open this link and choose a password:`,
        p.link,
        'The link is valid for 7 days. If you did not expect this invitation, you can ignore this message.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Invitation to review</h1>
<p>Hello ${p.displayName},</p>
<p>${p.inviterName} invites you to review applications to the call “${p.callTitle}” on Kopa. A reviewer account has been created for you. To start using it, choose a password.</p>
${actionLink(p.link, 'Choose a password')}
<p>If the button does not work, open this address in your browser:<br><a href="${p.link}">${p.link}</a></p>
<p>The link is valid for 7 days. If you did not expect this invitation, you can ignore this message.</p>`,
    }),
  },
});
