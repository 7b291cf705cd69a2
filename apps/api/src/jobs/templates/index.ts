import type { TLocale } from '@kopa/shared';
import { layout, type EmailRenderContext, type EmailTemplate, type RenderedEmail } from './template';
import { verifyEmailTemplate } from './verify-email.template';
import { resetPasswordTemplate } from './reset-password.template';
import { passwordChangedTemplate } from './password-changed.template';
import { organisationInvitationTemplate } from './organisation-invitation.template';
import { organisationClaimDecidedTemplate } from './organisation-claim-decided.template';
import { applicationSubmittedTemplate } from './application-submitted.template';
import { clarificationRequestedTemplate } from './clarification-requested.template';
import { newDeviceSignInTemplate } from './new-device-sign-in.template';
import { reviewerInvitationTemplate } from './reviewer-invitation.template';
import { reviewAssignedTemplate } from './review-assigned.template';
import { reviewReopenedTemplate } from './review-reopened.template';
import { eligibilityDecidedTemplate } from './eligibility-decided.template';
import { decisionLetterTemplate } from './decision-letter.template';
import { clarificationAnsweredTemplate } from './clarification-answered.template';
import {
  consultationBookedTemplate,
  consultationCancelledTemplate,
  consultationChangedTemplate,
  consultationReminderTemplate,
} from './consultation.template';
import { eventRegistrationTemplate } from './event-registration.template';
import { accountSecurityNoticeTemplate } from './account-security-notice.template';
import { projectBudgetChangeDecidedTemplate } from './project-budget-change-decided.template';
import { reportReminderTemplate } from './report-reminder.template';
import { projectGranteeFiledTemplate } from './project-grantee-filed.template';

/**
 * Every e-mail template by name. To add one: write `<name>.template.ts` with
 * defineEmailTemplate() and add it here; the name, its params type and its payload
 * check all follow from this map.
 */
export const EMAIL_TEMPLATE_REGISTRY = {
  'verify-email': verifyEmailTemplate,
  'reset-password': resetPasswordTemplate,
  'password-changed': passwordChangedTemplate,
  'organisation-invitation': organisationInvitationTemplate,
  'organisation-claim-decided': organisationClaimDecidedTemplate,
  'application-submitted': applicationSubmittedTemplate,
  'clarification-requested': clarificationRequestedTemplate,
  'new-device-sign-in': newDeviceSignInTemplate,
  'reviewer-invitation': reviewerInvitationTemplate,
  'review-assigned': reviewAssignedTemplate,
  'review-reopened': reviewReopenedTemplate,
  'eligibility-decided': eligibilityDecidedTemplate,
  'decision-letter': decisionLetterTemplate,
  'clarification-answered': clarificationAnsweredTemplate,
  'consultation-booked': consultationBookedTemplate,
  'consultation-changed': consultationChangedTemplate,
  'consultation-cancelled': consultationCancelledTemplate,
  'consultation-reminder': consultationReminderTemplate,
  'event-registration': eventRegistrationTemplate,
  'account-security-notice': accountSecurityNoticeTemplate,
  'project-budget-change-decided': projectBudgetChangeDecidedTemplate,
  'report-reminder': reportReminderTemplate,
  'project-grantee-filed': projectGranteeFiledTemplate,
} satisfies Record<string, EmailTemplate<any>>;

type EmailTemplateName = keyof typeof EMAIL_TEMPLATE_REGISTRY;

/** The params each template needs, e.g. `EmailTemplateParams['verify-email']`. */
export type EmailTemplateParams = {
  [Name in EmailTemplateName]: (typeof EMAIL_TEMPLATE_REGISTRY)[Name] extends EmailTemplate<infer P> ? P : never;
};

export class InvalidEmailParamsError extends Error {}

/** Checks the params against the template's schema, then renders subject, text and HTML. */
export function renderEmail<Name extends EmailTemplateName>(
  template: Name,
  locale: TLocale,
  params: EmailTemplateParams[Name] | Record<string, unknown>,
  context: EmailRenderContext,
): RenderedEmail {
  const definition = EMAIL_TEMPLATE_REGISTRY[template] as EmailTemplate<unknown>;
  const parsed = definition.params.safeParse(params);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
    throw new InvalidEmailParamsError(`E-mail template ${template}: invalid params (${fields})`);
  }
  return layout(locale, definition.render[locale](parsed.data, context));
}

export type { EmailRenderContext, RenderedEmail } from './template';
