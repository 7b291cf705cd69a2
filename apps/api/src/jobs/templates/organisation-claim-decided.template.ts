import { quotedName } from '@kopa/shared';
import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink, ZUserText } from './params';

export const organisationClaimDecidedTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    organisationName: ZUserText(200),
    approved: z.boolean(),
    link: ZLink,
  }),
  render: {
    lv: ({ displayName, organisationName, approved, link }) => {
      const outcome = approved
        ? `Koordinators apstiprināja Jūsu tiesību pieprasījumu: tagad esat organizācijas ${quotedName(organisationName, 'lv')} pārvaldītājs sistēmā Kopa.`
        : `Koordinators noraidīja Jūsu tiesību pieprasījumu kļūt par organizācijas ${quotedName(organisationName, 'lv')} pārvaldītāju. Ja uzskatāt, ka tā ir kļūda, sazinieties ar programmas koordinatoru.`;
      return {
        subject: approved ? `Tiesību pieprasījums apstiprināts: ${quotedName(organisationName, 'lv')}` : `Tiesību pieprasījums noraidīts: ${quotedName(organisationName, 'lv')}`,
        text: [`Labdien, ${displayName}!`, outcome, link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${approved ? 'Pieteikums apstiprināts' : 'Pieteikums noraidīts'}</h1>
<p>Labdien, ${displayName}!</p>
<p>${outcome}</p>
${actionLink(link, 'Atvērt manas organizācijas')}`,
      };
    },
    en: ({ displayName, organisationName, approved, link }) => {
      const outcome = approved
        ? `A coordinator approved your claim: you are now an owner of ${quotedName(organisationName, 'en')} on Kopa.`
        : `A coordinator rejected your claim to become an owner of ${quotedName(organisationName, 'en')}. If you think this is a mistake, contact the programme coordinator.`;
      return {
        subject: approved ? `Claim approved: ${quotedName(organisationName, 'en')}` : `Claim rejected: ${quotedName(organisationName, 'en')}`,
        text: [`Hello ${displayName},`, outcome, link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${approved ? 'Claim approved' : 'Claim rejected'}</h1>
<p>Hello ${displayName},</p>
<p>${outcome}</p>
${actionLink(link, 'Open my organisations')}`,
      };
    },
  },
});
