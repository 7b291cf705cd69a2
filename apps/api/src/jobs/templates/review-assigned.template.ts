import { z } from 'zod';
import { actionLink, defineEmailTemplate } from './template';
import { html } from './html';
import { ZDisplayName, ZLink } from './params';

/** New applications to review (one message per reviewer per assignment round). */
export const reviewAssignedTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    callTitle: z.string().trim().min(1).max(200),
    count: z.number().int().min(1).max(10_000),
    /** Already formatted in Europe/Riga in the recipient's language; null when the call has no review due date. */
    dueAt: z.string().min(1).max(100).nullable(),
    link: ZLink,
  }),
  render: {
    lv: (p) => {
      const what = p.count === 1 ? 'Jums ir piešķirts 1 pieteikums vērtēšanai' : `Jums piešķirto pieteikumu skaits vērtēšanai: ${p.count}`;
      const due = p.dueAt ? `Vērtēšanas termiņš: ${p.dueAt} (Rīgas laiks).` : '';
      return {
        subject: `Pieteikumi vērtēšanai konkursā „${p.callTitle}”`,
        text: [`Labdien, ${p.displayName}!`, `${what} konkursā „${p.callTitle}”.`, due, 'Pirms pieteikuma atvēršanas apliecināsiet, vai Jums nav interešu konflikta. Vērtēšanu sāciet šeit:', p.link]
          .filter(Boolean)
          .join('\n\n'),
        html: html`<h1 style="font-size:22px">Pieteikumi vērtēšanai</h1>
<p>Labdien, ${p.displayName}!</p>
<p>${what} konkursā „${p.callTitle}”.</p>
${p.dueAt ? html`<p>Vērtēšanas termiņš: <strong>${p.dueAt}</strong> (Rīgas laiks).</p>` : ''}
<p>Pirms pieteikuma atvēršanas apliecināsiet, vai Jums nav interešu konflikta.</p>
${actionLink(p.link, 'Atvērt vērtēšanu')}`,
      };
    },
    en: (p) => {
      const what = p.count === 1 ? 'You have 1 new application to review' : `You have ${p.count} new applications to review`;
      const due = p.dueAt ? `Reviews are due: ${p.dueAt} (Riga time).` : '';
      return {
        subject: `Applications to review in the call “${p.callTitle}”`,
        text: [`Hello ${p.displayName},`, `${what} in the call “${p.callTitle}”.`, due, 'Before an application opens you will declare whether you have a conflict of interest. Start reviewing here:', p.link]
          .filter(Boolean)
          .join('\n\n'),
        html: html`<h1 style="font-size:22px">Applications to review</h1>
<p>Hello ${p.displayName},</p>
<p>${what} in the call “${p.callTitle}”.</p>
${p.dueAt ? html`<p>Reviews are due: <strong>${p.dueAt}</strong> (Riga time).</p>` : ''}
<p>Before an application opens you will declare whether you have a conflict of interest.</p>
${actionLink(p.link, 'Open my reviews')}`,
      };
    },
  },
});
