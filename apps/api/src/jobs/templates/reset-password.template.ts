import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

export const resetPasswordTemplate = defineEmailTemplate({
  params: z.object({ displayName: ZDisplayName, link: ZLink }),
  render: {
    lv: ({ displayName, link }) => ({
      subject: 'Paroles atjaunošana sistēmā Kopa',
      text: [
        `Labdien, ${displayName}!`,
        'Saņēmām pieprasījumu atjaunot Jūsu Kopa konta paroli. Lai izvēlētos jaunu paroli, atveriet šo saiti:',
        link,
        'Saite ir derīga ierobežotu laiku un izmantojama tikai vienu reizi. Ja paroles maiņu nepieprasījāt, ignorējiet šo vēstuli — Jūsu parole netiks mainīta.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Paroles atjaunošana</h1>
<p>Labdien, ${displayName}!</p>
<p>Saņēmām pieprasījumu atjaunot Jūsu Kopa konta paroli.</p>
${actionLink(link, 'Izvēlēties jaunu paroli')}
<p>Ja poga nedarbojas, atveriet šo adresi pārlūkprogrammā:<br><a href="${link}">${link}</a></p>
<p>Saite ir derīga ierobežotu laiku un izmantojama tikai vienu reizi. Ja paroles maiņu nepieprasījāt, ignorējiet šo vēstuli — Jūsu parole netiks mainīta.</p>`,
    }),
    en: ({ displayName, link }) => ({
      subject: 'Reset your Kopa password',
      text: [
        `Hello ${displayName},`,
        'We received a request to reset the password of your Kopa account. To choose a new password, open this link:',
        link,
        'The link is valid for a limited time and can be used once. If you did not ask to reset your password, ignore this message — your password will not change.',
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Reset your password</h1>
<p>Hello ${displayName},</p>
<p>We received a request to reset the password of your Kopa account.</p>
${actionLink(link, 'Choose a new password')}
<p>If the button does not work, open this address in your browser:<br><a href="${link}">${link}</a></p>
<p>The link is valid for a limited time and can be used once. If you did not ask to reset your password, ignore this message — your password will not change.</p>`,
    }),
  },
});
