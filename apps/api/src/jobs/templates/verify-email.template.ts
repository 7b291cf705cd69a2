import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

export const verifyEmailTemplate = defineEmailTemplate({
  params: z.object({ displayName: ZDisplayName, link: ZLink }),
  render: {
    lv: ({ displayName, link }) => ({
      subject: 'Apstipriniet savu e-pasta adresi sistēmā Kopa',
      text: [
        `Labdien, ${displayName}!`,
        'Paldies, ka reģistrējāties sistēmā Kopa. Lai pabeigtu reģistrāciju, lūdzu, apstipriniet savu e-pasta adresi, atverot šo saiti:',
        link,
        'Saite ir derīga ierobežotu laiku. Ja neesat reģistrējies sistēmā Kopa, vienkārši ignorējiet šo vēstuli.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Apstipriniet savu e-pasta adresi</h1>
<p>Labdien, ${displayName}!</p>
<p>Paldies, ka reģistrējāties sistēmā Kopa. Lai pabeigtu reģistrāciju, lūdzu, apstipriniet savu e-pasta adresi.</p>
${actionLink(link, 'Apstiprināt e-pasta adresi')}
<p>Ja poga nedarbojas, atveriet šo adresi pārlūkprogrammā:<br><a href="${link}">${link}</a></p>
<p>Saite ir derīga ierobežotu laiku. Ja neesat reģistrējies sistēmā Kopa, vienkārši ignorējiet šo vēstuli.</p>`,
    }),
    en: ({ displayName, link }) => ({
      subject: 'Confirm your e-mail address for Kopa',
      text: [
        `Hello ${displayName},`,
        'Thank you for registering with Kopa. To finish registering, please confirm your e-mail address by opening this link:',
        link,
        'The link is valid for a limited time. If you did not register with Kopa, you can ignore this message.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Confirm your e-mail address</h1>
<p>Hello ${displayName},</p>
<p>Thank you for registering with Kopa. To finish registering, please confirm your e-mail address.</p>
${actionLink(link, 'Confirm e-mail address')}
<p>If the button does not work, open this address in your browser:<br><a href="${link}">${link}</a></p>
<p>The link is valid for a limited time. If you did not register with Kopa, you can ignore this message.</p>`,
    }),
  },
});
