import { ZFormDefinition, type TCallFormResponse, type TFormDefinition, type TPublicCallFormResponse } from '@kopa/shared';
import type { CallForm } from '../../generated/prisma/client';
import type { PublicCallForm } from './call-forms.repository';

export function toCallFormResponse(form: CallForm, locked: boolean, versions: number[]): TCallFormResponse {
  return {
    callId: form.callId,
    version: form.version,
    definition: ZFormDefinition.parse(form.definition),
    locked,
    versions,
    updatedAt: form.updatedAt.toISOString(),
  };
}

/** The definition is checked once, against ZPublicCallFormResponse, when the answer is made (CallFormsService.latestPublic). */
export function toPublicCallFormResponse(form: PublicCallForm): TPublicCallFormResponse {
  return { callId: form.callId, version: form.version, definition: form.definition as TFormDefinition };
}
