import type { TNotificationCategory } from '@kopa/shared';

/**
 * The one map from e-mail kind (template name) to inbox category. Templates added later
 * need no line here when their name says what they are about (see `categoryOfEmail`); add
 * one when it does not. `account` mails always go by e-mail, whatever the user chose.
 */
const CATEGORY_BY_TEMPLATE: Record<string, TNotificationCategory> = {
  'verify-email': 'account',
  'reset-password': 'account',
  'password-changed': 'account',
  'organisation-invitation': 'account',
  'organisation-claim-decided': 'account',
  'account-security-notice': 'account',
  'application-submitted': 'applications',
  'clarification-requested': 'applications',
  'eligibility-decided': 'applications',
};

/** Name fragments that place a template added later; first match wins, so account words come first. */
const CATEGORY_BY_NAME_PART: Array<[RegExp, TNotificationCategory]> = [
  [/invitation|password|verify|security|account|login|session/, 'account'],
  [/decision|award|letter/, 'decisions'],
  [/review|rubric|conflict/, 'review'],
  [/consultation/, 'consultations'],
  [/event/, 'events'],
  [/project|report|payment/, 'projects'],
  [/application|clarification|eligib/, 'applications'],
];

/** The inbox category of an e-mail kind; unknown kinds count as `account` so they are never silenced. */
export function categoryOfEmail(template: string): TNotificationCategory {
  const known = CATEGORY_BY_TEMPLATE[template];
  if (known) return known;
  return CATEGORY_BY_NAME_PART.find(([pattern]) => pattern.test(template))?.[1] ?? 'account';
}

/** Whether the user's choice may stop the e-mail (account and security mails always go). */
export function emailMayBeSkipped(category: TNotificationCategory): boolean {
  return category !== 'account';
}
