import type { TDecisionKind, TLetterText } from '@kopa/shared';

/** Built-in letters, used while a call has not saved its own template of a kind. */
export const DEFAULT_LETTER_TEMPLATES: Record<TDecisionKind, TLetterText> = {
  award: {
    subject: {
      lv: 'Pieteikumam {{referenceNumber}} piešķirts finansējums',
      en: 'Funding awarded to application {{referenceNumber}}',
    },
    body: {
      lv: [
        'Labdien!',
        'Priecājamies paziņot, ka konkursā „{{callTitle}}” organizācijas „{{organisation}}” projektam „{{projectTitle}}” (pieteikuma numurs {{referenceNumber}}) piešķirts finansējums: {{amount}}.',
        'Lēmuma pamatojums: {{rationale}}',
        'Par līguma slēgšanu ar Jums sazināsies programmas koordinators.',
      ].join('\n\n'),
      en: [
        'Hello,',
        'We are pleased to tell you that in the call "{{callTitle}}" the project "{{projectTitle}}" of {{organisation}} (application {{referenceNumber}}) has been awarded funding of {{amount}}.',
        'Reasons for the decision: {{rationale}}',
        'The programme coordinator will contact you about the grant agreement.',
      ].join('\n\n'),
    },
  },
  waitlist: {
    subject: {
      lv: 'Pieteikums {{referenceNumber}} iekļauts rezerves sarakstā',
      en: 'Application {{referenceNumber}} is on the waiting list',
    },
    body: {
      lv: [
        'Labdien!',
        'Konkursā „{{callTitle}}” organizācijas „{{organisation}}” projekts „{{projectTitle}}” (pieteikuma numurs {{referenceNumber}}) iekļauts rezerves sarakstā. Ja konkursa kopējā budžetā atbrīvosies līdzekļi, ar Jums sazināsimies.',
        'Lēmuma pamatojums: {{rationale}}',
      ].join('\n\n'),
      en: [
        'Hello,',
        'In the call "{{callTitle}}" the project "{{projectTitle}}" of {{organisation}} (application {{referenceNumber}}) has been placed on the waiting list. If funds in the budget envelope become free, we will contact you.',
        'Reasons for the decision: {{rationale}}',
      ].join('\n\n'),
    },
  },
  reject: {
    subject: {
      lv: 'Lēmums par pieteikumu {{referenceNumber}}',
      en: 'Decision on application {{referenceNumber}}',
    },
    body: {
      lv: [
        'Labdien!',
        'Diemžēl konkursā „{{callTitle}}” organizācijas „{{organisation}}” projektam „{{projectTitle}}” (pieteikuma numurs {{referenceNumber}}) finansējums netika piešķirts.',
        'Lēmuma pamatojums: {{rationale}}',
        'Paldies par dalību konkursā, un aicinām pieteikties nākamajos konkursos.',
      ].join('\n\n'),
      en: [
        'Hello,',
        'We regret to tell you that in the call "{{callTitle}}" the project "{{projectTitle}}" of {{organisation}} (application {{referenceNumber}}) has not been awarded funding.',
        'Reasons for the decision: {{rationale}}',
        'Thank you for taking part, and we invite you to apply in future calls.',
      ].join('\n\n'),
    },
  },
};
