import { z } from 'zod';
import { formatRigaDateTime, ZConsultationMode, ZConsultationTopic, type TConsultationMode, type TConsultationTopic, type TLocale } from '@kopa/shared';
import { actionLink, defineEmailTemplate, type EmailContent } from './template';
import { html } from './html';
import { ZDisplayName, ZLink, ZUserText } from './params';

/** What every consultation mail says about the session; the .ics file travels as an attachment. */
const ZConsultationParams = z.object({
  displayName: ZDisplayName,
  consultantName: ZDisplayName,
  organisationName: ZUserText(300),
  topic: ZConsultationTopic,
  /** ISO instant; shown in Riga time in the recipient's language. */
  startsAt: z.iso.datetime({ offset: true }),
  lengthMinutes: z.number().int().min(1).max(600),
  mode: ZConsultationMode,
  /** The centre's address, the meeting link or the phone number. */
  place: z.string().trim().min(1).max(500),
  link: ZLink,
});
type ConsultationParams = z.infer<typeof ZConsultationParams>;

const TOPICS: Record<TLocale, Record<TConsultationTopic, string>> = {
  lv: {
    application_writing: 'pieteikuma rakstīšana',
    budget: 'budžets',
    reporting: 'pārskatu sagatavošana',
    community_engagement: 'kopienas iesaiste',
    other: 'cits jautājums',
  },
  en: {
    application_writing: 'writing an application',
    budget: 'budget',
    reporting: 'reporting',
    community_engagement: 'community engagement',
    other: 'other question',
  },
};
const MODES: Record<TLocale, Record<TConsultationMode, string>> = {
  lv: { in_person: 'Klātienē', online: 'Tiešsaistē', phone: 'Pa tālruni' },
  en: { in_person: 'In person', online: 'Online', phone: 'By phone' },
};

type Kind = 'booked' | 'changed' | 'cancelled' | 'reminder';
const WORDING: Record<TLocale, Record<Kind, { subject: string; lead: string }>> = {
  lv: {
    booked: { subject: 'Konsultācija pieteikta', lead: 'Konsultācija ir pieteikta.' },
    changed: { subject: 'Konsultācijas laiks mainīts', lead: 'Konsultācijai ir jauns laiks.' },
    cancelled: { subject: 'Konsultācija atcelta', lead: 'Konsultācija ir atcelta.' },
    reminder: { subject: 'Atgādinājums: rīt konsultācija', lead: 'Atgādinām par konsultāciju.' },
  },
  en: {
    booked: { subject: 'Consultation booked', lead: 'The consultation is booked.' },
    changed: { subject: 'Consultation moved', lead: 'The consultation has a new time.' },
    cancelled: { subject: 'Consultation cancelled', lead: 'The consultation is cancelled.' },
    reminder: { subject: 'Reminder: consultation tomorrow', lead: 'A reminder of your consultation.' },
  },
};
const LABELS: Record<TLocale, { hello: (name: string) => string; when: string; length: string; minutes: string; with: string; org: string; topic: string; place: string; calendar: string; open: string; riga: string }> = {
  lv: {
    hello: (name) => `Labdien, ${name}!`,
    when: 'Laiks',
    length: 'Ilgums',
    minutes: 'min',
    with: 'Konsultants',
    org: 'Organizācija',
    topic: 'Tēma',
    place: 'Norises veids',
    calendar: 'Pielikumā ir kalendāra datne (.ics), ko var pievienot Jūsu kalendāram.',
    open: 'Atvērt konsultāciju',
    riga: 'Rīgas laiks',
  },
  en: {
    hello: (name) => `Hello ${name},`,
    when: 'Time',
    length: 'Length',
    minutes: 'min',
    with: 'Consultant',
    org: 'Organisation',
    topic: 'Topic',
    place: 'How',
    calendar: 'The attached calendar file (.ics) adds it to your calendar.',
    open: 'Open the consultation',
    riga: 'Riga time',
  },
};

function render(kind: Kind, locale: TLocale, p: ConsultationParams): EmailContent {
  const words = WORDING[locale][kind];
  const l = LABELS[locale];
  const when = `${formatRigaDateTime(p.startsAt, locale)} (${l.riga})`;
  const how = `${MODES[locale][p.mode]}: ${p.place}`;
  const rows: Array<[string, string]> = [
    [l.when, when],
    [l.length, `${p.lengthMinutes} ${l.minutes}`],
    [l.with, p.consultantName],
    [l.org, p.organisationName],
    [l.topic, TOPICS[locale][p.topic]],
    [l.place, how],
  ];
  return {
    subject: `${words.subject}: ${formatRigaDateTime(p.startsAt, locale)}`,
    text: [l.hello(p.displayName), words.lead, rows.map(([label, value]) => `${label}: ${value}`).join('\n'), l.calendar, `${l.open}:`, p.link].join('\n\n'),
    html: html`<h1 style="font-size:22px">${words.subject}</h1>
<p>${l.hello(p.displayName)}</p>
<p>${words.lead}</p>
<ul>${rows.map(([label, value]) => html`<li>${label}: <strong>${value}</strong></li>`)}</ul>
<p>${l.calendar}</p>
${actionLink(p.link, l.open)}`,
  };
}

function consultationTemplate(kind: Kind) {
  return defineEmailTemplate({
    params: ZConsultationParams,
    render: { lv: (p) => render(kind, 'lv', p), en: (p) => render(kind, 'en', p) },
  });
}

export const consultationBookedTemplate = consultationTemplate('booked');
export const consultationChangedTemplate = consultationTemplate('changed');
export const consultationCancelledTemplate = consultationTemplate('cancelled');
export const consultationReminderTemplate = consultationTemplate('reminder');
