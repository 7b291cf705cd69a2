import { z } from 'zod';
import type { TLocale } from '@kopa/shared';
import { defineEmailTemplate, type EmailContent } from './template';
import { html } from './html';
import { ZDisplayName } from './params';

/** Changes to how an account is protected, and attempts on it, that its owner should hear of. */
export const ACCOUNT_SECURITY_EVENTS = ['failed-sign-ins', 'two-factor-disabled', 'recovery-codes-regenerated'] as const;
type Event = (typeof ACCOUNT_SECURITY_EVENTS)[number];

interface Wording {
  subject: string;
  heading: string;
  /** What happened, ending with the time (already formatted in Europe/Riga). */
  happened: (at: string) => string;
  ifYou: string;
  ifNotYou: string;
}

const WORDING: Record<TLocale, Record<Event, Wording>> = {
  lv: {
    'failed-sign-ins': {
      subject: 'Neveiksmīgi mēģinājumi pieslēgties Jūsu Kopa kontam',
      heading: 'Neveiksmīgi pieslēgšanās mēģinājumi',
      happened: (at) => `Jūsu Kopa kontam vairākas reizes pēc kārtas tika ievadīta nepareiza parole (pēdējo reizi ${at}). Mēģinājumi no tās pašas ierīces tagad tiek palēnināti; konts nav bloķēts, un Jūs varat pieslēgties kā parasti.`,
      ifYou: 'Ja tas bijāt Jūs un paroli neatceraties, atjaunojiet to ar saiti „Aizmirsāt paroli?”.',
      ifNotYou: 'Ja tas nebijāt Jūs, kāds, iespējams, mēģina uzminēt Jūsu paroli: izvēlieties garu, unikālu paroli un ieslēdziet divpakāpju pieslēgšanos konta lapā.',
    },
    'two-factor-disabled': {
      subject: 'Divpakāpju pieslēgšanās Jūsu Kopa kontam ir izslēgta',
      heading: 'Divpakāpju pieslēgšanās ir izslēgta',
      happened: (at) => `Jūsu Kopa kontam ${at} tika izslēgta divpakāpju pieslēgšanās. Tagad pieslēgšanās prasa tikai paroli.`,
      ifYou: 'Ja to izdarījāt Jūs, nekas vairāk nav jādara.',
      ifNotYou: 'Ja to neizdarījāt Jūs, nekavējoties nomainiet paroli, konta lapā pārtrauciet nepazīstamās sesijas, ieslēdziet divpakāpju pieslēgšanos no jauna un sazinieties ar programmas koordinatoru.',
    },
    'recovery-codes-regenerated': {
      subject: 'Jūsu Kopa konta rezerves kodi ir nomainīti',
      heading: 'Rezerves kodi ir nomainīti',
      happened: (at) => `Jūsu Kopa kontam ${at} tika izveidoti jauni rezerves kodi divpakāpju pieslēgšanai. Iepriekšējie kodi vairs nav derīgi.`,
      ifYou: 'Ja to izdarījāt Jūs, glabājiet jaunos kodus drošā vietā.',
      ifNotYou: 'Ja to neizdarījāt Jūs, nekavējoties nomainiet paroli, konta lapā pārtrauciet nepazīstamās sesijas un sazinieties ar programmas koordinatoru.',
    },
  },
  en: {
    'failed-sign-ins': {
      subject: 'Failed attempts to sign in to your Kopa account',
      heading: 'Failed sign-in attempts',
      happened: (at) => `A wrong password was entered for your Kopa account several times in a row (last at ${at}). Attempts from that device are now slowed down; your account is not locked and you can sign in as usual.`,
      ifYou: 'If this was you and you do not remember your password, reset it with the “Forgot password?” link.',
      ifNotYou: 'If it was not you, someone may be trying to guess your password: choose a long, unique password and turn on two-step sign-in on your account page.',
    },
    'two-factor-disabled': {
      subject: 'Two-step sign-in was turned off for your Kopa account',
      heading: 'Two-step sign-in was turned off',
      happened: (at) => `Two-step sign-in was turned off for your Kopa account on ${at}. Signing in now needs only the password.`,
      ifYou: 'If you did this, there is nothing else to do.',
      ifNotYou: 'If you did not, change your password at once, end the sessions you do not recognise on your account page, turn two-step sign-in on again and contact the programme coordinator.',
    },
    'recovery-codes-regenerated': {
      subject: 'The recovery codes of your Kopa account were replaced',
      heading: 'Recovery codes were replaced',
      happened: (at) => `New recovery codes for two-step sign-in were created for your Kopa account on ${at}. The previous codes no longer work.`,
      ifYou: 'If you did this, keep the new codes somewhere safe.',
      ifNotYou: 'If you did not, change your password at once, end the sessions you do not recognise on your account page, and contact the programme coordinator.',
    },
  },
};

const GREETING: Record<TLocale, (name: string) => string> = {
  lv: (name) => `Labdien, ${name}!`,
  en: (name) => `Hello ${name},`,
};
const ACCOUNT_PAGE: Record<TLocale, string> = { lv: 'Konta lapa', en: 'Your account page' };

function render(locale: TLocale) {
  return ({ displayName, event, occurredAt }: { displayName: string; event: Event; occurredAt: string }, { appUrl }: { appUrl: string }): EmailContent => {
    const wording = WORDING[locale][event];
    const greeting = GREETING[locale](displayName);
    return {
      subject: wording.subject,
      text: [greeting, wording.happened(occurredAt), wording.ifYou, wording.ifNotYou, `${ACCOUNT_PAGE[locale]}:\n${appUrl}/account`].join('\n\n'),
      html: html`<h1 style="font-size:22px">${wording.heading}</h1>
<p>${greeting}</p>
<p>${wording.happened(occurredAt)}</p>
<p>${wording.ifYou}</p>
<p>${wording.ifNotYou}</p>
<p><a href="${appUrl}/account">${ACCOUNT_PAGE[locale]}</a></p>`,
    };
  };
}

/** Sent to the owner only (never to a third party); `account` category, so it always goes. */
export const accountSecurityNoticeTemplate = defineEmailTemplate({
  params: z.object({
    displayName: ZDisplayName,
    event: z.enum(ACCOUNT_SECURITY_EVENTS),
    /** Already formatted in Europe/Riga for the recipient's language. */
    occurredAt: z.string().min(1).max(100),
  }),
  render: { lv: render('lv'), en: render('en') },
});
