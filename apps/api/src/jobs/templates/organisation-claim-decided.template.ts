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
        ? `Koordinators apstiprināja Jūsu tiesību pieprasījumu: tagad esat organizācijas „${organisationName}” pārvaldītājs sistēmā Kopa.`
        : `Koordinators noraidīja Jūsu tiesību pieprasījumu kļūt par organizācijas „${organisationName}” pārvaldītāju. Ja uzskatāt, ka tā ir kļūda, sazinieties ar programmas koordinatoru.`;
      return {
        subject: approved ? `Pieteikums apstiprināts: „${organisationName}”` : `Pieteikums noraidīts: „${organisationName}”`,
        text: [`Labdien, ${displayName}!`, outcome, link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${approved ? 'Pieteikums apstiprināts' : 'Pieteikums noraidīts'}</h1>
<p>Labdien, ${displayName}!</p>
<p>${outcome}</p>
${actionLink(link, 'Atvērt manas organizācijas')}`,
      };
    },
    en: ({ displayName, organisationName, approved, link }) => {
      const outcome = approved
        ? `A coordinator approved your claim: you are now an owner of “${organisationName}” on Kopa.`
        : `A coordinator rejected your claim to become an owner of “${organisationName}”. If you think this is a mistake, contact the programme coordinator.`;
      return {
        subject: approved ? `Claim approved: “${organisationName}”` : `Claim rejected: “${organisationName}”`,
        text: [`Hello ${displayName},`, outcome, link].join('\n\n'),
        html: html`<h1 style="font-size:22px">${approved ? 'Claim approved' : 'Claim rejected'}</h1>
<p>Hello ${displayName},</p>
<p>${outcome}</p>
${actionLink(link, 'Open my organisations')}`,
      };
    },
  },
});
