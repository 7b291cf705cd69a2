import { z } from 'zod';
import { defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName } from './params';

/** A sign-in from a browser and network this account had not used before. */
export const newDeviceSignInTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    /** Already formatted in Europe/Riga for the recipient's language. */
    signedInAt: z.string().min(1).max(100),
    device: z.string().min(1).max(200),
    network: z.string().min(1).max(100),
  }),
  render: {
    lv: ({ displayName, signedInAt, device, network }, { appUrl }) => ({
      subject: 'Pieslēgšanās Jūsu Kopa kontam no jaunas ierīces',
      text: [
        `Labdien, ${displayName}!`,
        `Jūsu Kopa kontam ${signedInAt} pieslēdzās no ierīces vai tīkla, kas iepriekš nav lietots.`,
        `Pārlūks: ${device}\nTīkls: ${network}`,
        'Ja tas bijāt Jūs, nekas vairāk nav jādara.',
        `Ja tas nebijāt Jūs, nekavējoties nomainiet paroli (${appUrl}/forgot-password), konta lapā (${appUrl}/account) pārtrauciet nepazīstamās sesijas un sazinieties ar programmas koordinatoru.`,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Pieslēgšanās no jaunas ierīces</h1>
<p>Labdien, ${displayName}!</p>
<p>Jūsu Kopa kontam ${signedInAt} pieslēdzās no ierīces vai tīkla, kas iepriekš nav lietots.</p>
<p>Pārlūks: ${device}<br>Tīkls: ${network}</p>
<p>Ja tas bijāt Jūs, nekas vairāk nav jādara.</p>
<p>Ja tas nebijāt Jūs, nekavējoties <a href="${appUrl}/forgot-password">nomainiet paroli</a>, <a href="${appUrl}/account">konta lapā</a> pārtrauciet nepazīstamās sesijas un sazinieties ar programmas koordinatoru.</p>`,
    }),
    en: ({ displayName, signedInAt, device, network }, { appUrl }) => ({
      subject: 'New sign-in to your Kopa account',
      text: [
        `Hello ${displayName},`,
        `Someone signed in to your Kopa account on ${signedInAt} from a browser or network not used before.`,
        `Browser: ${device}\nNetwork: ${network}`,
        'If this was you, there is nothing else to do.',
        `If it was not you, reset your password at once (${appUrl}/forgot-password), end the sessions you do not recognise on your account page (${appUrl}/account), and contact the programme coordinator.`,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">New sign-in to your account</h1>
<p>Hello ${displayName},</p>
<p>Someone signed in to your Kopa account on ${signedInAt} from a browser or network not used before.</p>
<p>Browser: ${device}<br>Network: ${network}</p>
<p>If this was you, there is nothing else to do.</p>
<p>If it was not you, <a href="${appUrl}/forgot-password">reset your password</a> at once, end the sessions you do not recognise on your <a href="${appUrl}/account">account page</a>, and contact the programme coordinator.</p>`,
    }),
  },
});
