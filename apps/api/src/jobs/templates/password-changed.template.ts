import { z } from 'zod';
import { defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName } from './params';

export const passwordChangedTemplate = defineEmailTemplate({
  params: z.object({ displayName: ZDisplayName }),
  render: {
    lv: ({ displayName }, { appUrl }) => ({
      subject: 'Jūsu Kopa konta parole ir nomainīta',
      text: [
        `Labdien, ${displayName}!`,
        'Jūsu Kopa konta parole tikko tika nomainīta. Ja to izdarījāt Jūs, nekas vairāk nav jādara.',
        `Ja paroli nemainījāt Jūs, nekavējoties atjaunojiet to pieteikšanās lapā (${appUrl}/login), izmantojot saiti „Aizmirsāt paroli?”, un sazinieties ar programmas koordinatoru.`,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Parole ir nomainīta</h1>
<p>Labdien, ${displayName}!</p>
<p>Jūsu Kopa konta parole tikko tika nomainīta. Ja to izdarījāt Jūs, nekas vairāk nav jādara.</p>
<p>Ja paroli nemainījāt Jūs, nekavējoties atjaunojiet to <a href="${appUrl}/login">pieteikšanās lapā</a>, izmantojot saiti „Aizmirsāt paroli?”, un sazinieties ar programmas koordinatoru.</p>`,
    }),
    en: ({ displayName }, { appUrl }) => ({
      subject: 'Your Kopa password was changed',
      text: [
        `Hello ${displayName},`,
        'The password of your Kopa account was just changed. If you did this, there is nothing else to do.',
        `If you did not change it, reset it at once on the sign-in page (${appUrl}/login) with the “Forgot password?” link, and contact the programme coordinator.`,
      ].join('\n\n'),
      html: html`<h1 style="font-size:22px">Your password was changed</h1>
<p>Hello ${displayName},</p>
<p>The password of your Kopa account was just changed. If you did this, there is nothing else to do.</p>
<p>If you did not change it, reset it at once on the <a href="${appUrl}/login">sign-in page</a> with the “Forgot password?” link, and contact the programme coordinator.</p>`,
    }),
  },
});
