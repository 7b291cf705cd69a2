import { quotedName } from '@kopa/shared';
import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink, ZUserText } from './params';

export const organisationInvitationTemplate = defineEmailTemplate({
  params: z.object({ organisationName: ZUserText(200), inviterName: ZDisplayName, link: ZLink }),
  render: {
    lv: ({ organisationName, inviterName, link }) => ({
      subject: `Uzaicinājums pievienoties organizācijai ${quotedName(organisationName, 'lv')} sistēmā Kopa`,
      text: [
        'Labdien!',
        `${inviterName} Jūs uzaicina pievienoties organizācijai ${quotedName(organisationName, 'lv')} sistēmā Kopa, lai kopā gatavotu projektu pieteikumus. Lai pieņemtu uzaicinājumu, atveriet šo saiti:`,
        link,
        'Uzaicinājums ir derīgs 7 dienas. Pieņemot to, pieslēdzieties ar šo pašu e-pasta adresi (ja Jums vēl nav konta, vispirms reģistrējieties). Ja uzaicinājumu negaidījāt, ignorējiet šo vēstuli.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Uzaicinājums pievienoties organizācijai</h1>
<p>Labdien!</p>
<p>${inviterName} Jūs uzaicina pievienoties organizācijai ${quotedName(organisationName, 'lv')} sistēmā Kopa, lai kopā gatavotu projektu pieteikumus.</p>
${actionLink(link, 'Pieņemt uzaicinājumu')}
<p>Ja poga nedarbojas, atveriet šo adresi pārlūkprogrammā:<br><a href="${link}">${link}</a></p>
<p>Uzaicinājums ir derīgs 7 dienas. Pieņemot to, pieslēdzieties ar šo pašu e-pasta adresi (ja Jums vēl nav konta, vispirms reģistrējieties). Ja uzaicinājumu negaidījāt, ignorējiet šo vēstuli.</p>`,
    }),
    en: ({ organisationName, inviterName, link }) => ({
      subject: `Invitation to join ${quotedName(organisationName, 'en')} on Kopa`,
      text: [
        'Hello,',
        `${inviterName} invites you to join ${quotedName(organisationName, 'en')} on Kopa to prepare project applications together. To accept the invitation, open this link:`,
        link,
        'The invitation is valid for 7 days. Sign in with this same e-mail address to accept it (if you have no account yet, register first). If you did not expect this invitation, you can ignore this message.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Invitation to join an organisation</h1>
<p>Hello,</p>
<p>${inviterName} invites you to join ${quotedName(organisationName, 'en')} on Kopa to prepare project applications together.</p>
${actionLink(link, 'Accept the invitation')}
<p>If the button does not work, open this address in your browser:<br><a href="${link}">${link}</a></p>
<p>The invitation is valid for 7 days. Sign in with this same e-mail address to accept it (if you have no account yet, register first). If you did not expect this invitation, you can ignore this message.</p>`,
    }),
  },
});
