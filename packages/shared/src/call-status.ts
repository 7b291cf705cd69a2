import { z } from 'zod';

export const CALL_STATUSES = ['draft', 'published', 'closed', 'decided', 'archived'] as const;
export const ZCallStatus = z.enum(CALL_STATUSES);
export type TCallStatus = z.infer<typeof ZCallStatus>;

export const CALL_ACTIONS = ['publish', 'close', 'decide', 'archive'] as const;
export type TCallAction = (typeof CALL_ACTIONS)[number];

/** The call workflow as data: the service asks it, the UI reads it to show buttons. */
export const CALL_TRANSITIONS: Record<TCallAction, { from: TCallStatus; to: TCallStatus }> = {
  publish: { from: 'draft', to: 'published' },
  close: { from: 'published', to: 'closed' },
  decide: { from: 'closed', to: 'decided' },
  archive: { from: 'decided', to: 'archived' },
};

export function allowedCallActions(status: TCallStatus): TCallAction[] {
  return CALL_ACTIONS.filter((action) => CALL_TRANSITIONS[action].from === status);
}

/** Only drafts and published calls may still be edited; later states are records. */
export function isCallEditable(status: TCallStatus): boolean {
  return status === 'draft' || status === 'published';
}
