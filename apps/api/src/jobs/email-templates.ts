import { EMAIL_TEMPLATE_REGISTRY } from './templates';

/**
 * Names of the bilingual e-mail templates, derived from the registry in jobs/templates/,
 * so adding a template is one file there plus one registry line.
 */
export type EmailTemplateName = keyof typeof EMAIL_TEMPLATE_REGISTRY;
export const EMAIL_TEMPLATES = Object.keys(EMAIL_TEMPLATE_REGISTRY) as EmailTemplateName[];

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.hasOwn(EMAIL_TEMPLATE_REGISTRY, name);
}

export type { EmailTemplateParams } from './templates';
