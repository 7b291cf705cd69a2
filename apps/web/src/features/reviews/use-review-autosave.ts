import type { TReviewAssignmentResponse } from '@kopa/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { ReviewDraftSaver } from './review-draft-saver';
import { saveReviewDraft } from './reviews.api';

/** One draft saver per open review; saves the last draft when the tab is hidden. */
export function useReviewAutosave(assignment: TReviewAssignmentResponse) {
  const [saver] = useState(() => new ReviewDraftSaver(assignment.version, (body) => saveReviewDraft(assignment.id, body)));
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot);

  useEffect(() => () => saver.dispose(), [saver]);
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, [saver]);

  return { saver, snapshot };
}
