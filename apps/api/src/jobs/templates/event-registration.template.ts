import { z } from 'zod';
import type { TLocale } from '@kopa/shared';
import { actionLink, defineEmailTemplate, type EmailContent } from './template';
import { html } from './html';
import { ZDisplayName, ZLink, ZUserText } from './params';

/** Every message about one's place at an event: confirm the e-mail, registered, waitlisted, promoted, the reminder, and afterwards the certificate. */
export const EVENT_MESSAGE_KINDS = ['confirm', 'confirmed', 'waitlisted', 'promoted', 'reminder', 'certificate'] as const;
type Kind = (typeof EVENT_MESSAGE_KINDS)[number];

const params = z.object({
  displayName: ZDisplayName,
  kind: z.enum(EVENT_MESSAGE_KINDS),
  eventTitle: z.string().trim().min(1).max(200),
  /** Start and end, already formatted in Europe/Riga in the recipient's language. */
  when: z.string().min(1).max(200),
  /** Address or "online". */
  place: ZUserText(400),
  /** The confirmation link (kind `confirm`), the certificate's signed download link (kind `certificate`), otherwise the event's page. */
  link: ZLink,
  /** One-click cancellation; null when the message has none. */
  cancelLink: ZLink.nullable(),
});
type Params = z.infer<typeof params>;

const TEXT: Record<TLocale, { hello: (name: string) => string; cancel: string; cancelAction: string; subject: Record<Kind, (title: string) => string>; lead: Record<Kind, string>; action: Record<Kind, string>; whenLabel: string; placeLabel: string; eventLabel: string }> = {
  lv: {
    hello: (name) => `Labdien, ${name}!`,
    cancel: 'Ja nevarat ierasties, lūdzu, atsakieties, lai vietu saņemtu nākamais rindā:',
    cancelAction: 'Atteikties no dalības',
    eventLabel: 'Pasākums',
    whenLabel: 'Laiks (Rīgas laiks)',
    placeLabel: 'Vieta',
    subject: {
      confirm: (t) => `Apstipriniet pieteikšanos pasākumam „${t}”`,
      confirmed: (t) => `Jūs esat pieteicies pasākumam „${t}”`,
      waitlisted: (t) => `Jūs esat gaidīšanas sarakstā pasākumam „${t}”`,
      promoted: (t) => `Jums atbrīvojās vieta pasākumā „${t}”`,
      reminder: (t) => `Atgādinājums: rīt pasākums „${t}”`,
      certificate: (t) => `Apliecinājums par piedalīšanos pasākumā „${t}”`,
    },
    lead: {
      confirm: 'Lai pieteiktos pasākumam, apstipriniet savu e-pasta adresi. Bez apstiprinājuma vieta netiek rezervēta.',
      confirmed: 'Jūsu vieta pasākumā ir rezervēta.',
      waitlisted: 'Visas vietas ir aizņemtas, tāpēc esat iekļauts gaidīšanas sarakstā. Ja kāds atteiksies, vietu piešķirsim secībā, kādā pieteicāties, un Jums par to paziņosim.',
      promoted: 'Kāds atteicās no dalības, un vieta tagad ir Jūsu.',
      reminder: 'Atgādinām, ka rīt notiks pasākums, kuram esat pieteicies.',
      certificate: 'Paldies, ka piedalījāties! Jūsu apliecinājumu par piedalīšanos pasākumā varat lejupielādēt PDF formātā. Saite ir personiska: nepārsūtiet to citiem.',
    },
    action: {
      confirm: 'Apstiprināt pieteikšanos',
      confirmed: 'Skatīt pasākumu',
      waitlisted: 'Skatīt pasākumu',
      promoted: 'Skatīt pasākumu',
      reminder: 'Skatīt pasākumu',
      certificate: 'Lejupielādēt apliecinājumu (PDF)',
    },
  },
  en: {
    hello: (name) => `Hello ${name},`,
    cancel: 'If you cannot come, please cancel so that the next person on the waiting list gets the place:',
    cancelAction: 'Cancel my registration',
    eventLabel: 'Event',
    whenLabel: 'When (Riga time)',
    placeLabel: 'Where',
    subject: {
      confirm: (t) => `Confirm your registration for “${t}”`,
      confirmed: (t) => `You are registered for “${t}”`,
      waitlisted: (t) => `You are on the waiting list for “${t}”`,
      promoted: (t) => `A place opened up for you at “${t}”`,
      reminder: (t) => `Reminder: “${t}” is tomorrow`,
      certificate: (t) => `Your certificate of attendance for “${t}”`,
    },
    lead: {
      confirm: 'To register, confirm your e-mail address. No place is held until you confirm.',
      confirmed: 'Your place at the event is booked.',
      waitlisted: 'All places are taken, so you are on the waiting list. If someone cancels, places go in the order people registered and we will let you know.',
      promoted: 'Someone cancelled and the place is now yours.',
      reminder: 'This is a reminder that the event you registered for takes place tomorrow.',
      certificate: 'Thank you for taking part! You can download your certificate of attendance as a PDF. The link is personal: please do not forward it.',
    },
    action: {
      confirm: 'Confirm registration',
      confirmed: 'View the event',
      waitlisted: 'View the event',
      promoted: 'View the event',
      reminder: 'View the event',
      certificate: 'Download the certificate (PDF)',
    },
  },
};

function render(locale: TLocale, p: Params): EmailContent {
  const t = TEXT[locale];
  const subject = t.subject[p.kind](p.eventTitle);
  const text = [
    t.hello(p.displayName),
    t.lead[p.kind],
    `${t.eventLabel}: ${p.eventTitle}\n${t.whenLabel}: ${p.when}\n${t.placeLabel}: ${p.place}`,
    `${t.action[p.kind]}:\n${p.link}`,
    p.cancelLink ? `${t.cancel}\n${p.cancelLink}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    subject,
    text,
    html: html`<h1 style="font-size:22px">${p.eventTitle}</h1>
<p>${t.hello(p.displayName)}</p>
<p>${t.lead[p.kind]}</p>
<p>${t.whenLabel}: <strong>${p.when}</strong><br>${t.placeLabel}: ${p.place}</p>
${actionLink(p.link, t.action[p.kind])}
${p.cancelLink ? html`<p>${t.cancel} <a href="${p.cancelLink}">${t.cancelAction}</a></p>` : ''}`,
  };
}

export const eventRegistrationTemplate = defineEmailTemplate({
  params,
  render: { lv: (p) => render('lv', p), en: (p) => render('en', p) },
});
