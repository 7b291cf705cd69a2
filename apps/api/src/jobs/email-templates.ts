/** Names of the bilingual e-mail templates; their texts live in jobs/templates/. */
export const EMAIL_TEMPLATES = ['verify-email', 'reset-password', 'password-changed'] as const;
export type EmailTemplateName = (typeof EMAIL_TEMPLATES)[number];
