import type { TMyApplicationItem } from '@kopa/shared';

export type ActionKind = 'finishDraft' | 'answerClarification';

export interface ActionItem {
  application: TMyApplicationItem;
  kind: ActionKind;
  dueAt: string;
}

/**
 * What the applicant must do, soonest deadline first: drafts that can still be submitted
 * and clarifications still open. The server's `needsAction` is trusted, but the deadline is
 * re-checked against the clock so an item disappears the moment its time is up.
 */
export function needsAction(items: readonly TMyApplicationItem[], now: Date): ActionItem[] {
  const result: ActionItem[] = [];
  for (const application of items) {
    const kind: ActionKind | null =
      application.status === 'draft'
        ? 'finishDraft'
        : application.status === 'clarification_requested'
          ? 'answerClarification'
          : null;
    if (!kind || !application.needsAction || !isActive(application)) continue;
    const dueAt = application.actionDueAt ?? application.closesAt;
    if (new Date(dueAt).getTime() <= now.getTime()) continue;
    result.push({ application, kind, dueAt });
  }
  return result.sort((a, b) => new Date(a.dueAt).getTime() - new Date(b.dueAt).getTime());
}

/**
 * Whether the applicant can still work on it (a draft or an open clarification before its
 * deadline): the API's `allowedActions` decides, the web never recomputes the workflow rules.
 */
export function isActive(item: Pick<TMyApplicationItem, 'allowedActions'>): boolean {
  return item.allowedActions.includes('edit');
}

/** Applications grouped for the list: active ones first (by deadline), then the rest by last change. */
export function sortMyApplications(items: readonly TMyApplicationItem[]): TMyApplicationItem[] {
  const active = isActive;
  return [...items].sort((a, b) => {
    if (active(a) !== active(b)) return active(a) ? -1 : 1;
    if (active(a)) return new Date(a.actionDueAt ?? a.closesAt).getTime() - new Date(b.actionDueAt ?? b.closesAt).getTime();
    return new Date(b.updatedAt).getTime() - new Date(a.updatedAt).getTime();
  });
}
