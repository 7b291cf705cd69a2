import { ZFormDefinition, type TCallFormResponse, type TPublicCallFormResponse } from '@kopa/shared';
import type { CallForm } from '../../generated/prisma/client';

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

export function toPublicCallFormResponse(form: CallForm): TPublicCallFormResponse {
  return { callId: form.callId, version: form.version, definition: ZFormDefinition.parse(form.definition) };
}
