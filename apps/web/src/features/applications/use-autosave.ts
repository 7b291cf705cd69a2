import type { TApplicationResponse, TAnswers } from '@kopa/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useBeforeUnload, useBlocker } from 'react-router';
import { applicationKey, saveAnswers } from './applications.api';
import { AutosaveController } from './autosave-controller';
import { buildSaveRequest, type CanSend, type DraftConflict, type ServerAnswers } from './draft-state';

export function serverAnswersOf(application: Pick<TApplicationResponse, 'answers' | 'fieldVersions'>): ServerAnswers {
  return { answers: application.answers as TAnswers, fieldVersions: application.fieldVersions };
}

/**
 * One autosave controller per open application. Saves on a pause in typing, when a field
 * loses focus and when the tab is hidden; warns before leaving while something is unsaved.
 */
export function useAutosave(
  application: TApplicationResponse,
  editable: (questionId: string) => boolean,
  canSend: CanSend,
) {
  const queryClient = useQueryClient();
  const [controller] = useState(
    () =>
      new AutosaveController({
        applicationId: application.id,
        server: serverAnswersOf(application),
        editable,
        canSend,
        save: async (request) => {
          const { conflicts, ...saved } = await saveAnswers(application.id, request);
          // The save answers with what it changed; the rest of the application stays as loaded.
          queryClient.setQueryData<TApplicationResponse>(applicationKey(application.id), (cached) => cached && { ...cached, ...saved });
          return {
            server: serverAnswersOf(saved),
            conflicts: conflicts as DraftConflict[],
          };
        },
      }),
  );
  const { snapshot, unsaved, blocker } = useAutosaveLifecycle(controller);

  // Edits kept back because they are malformed (too long, not a number…): saved once fixed.
  const held = unsaved && buildSaveRequest(snapshot.draft, canSend) === null && Object.keys(snapshot.draft.conflicts).length === 0;
  return { controller, snapshot, unsaved, held, blocker };
}

/**
 * What every autosaving page does with its controller: follow its state, save when the tab
 * is hidden, and warn before leaving (the browser's dialog, or the in-app guard's blocker)
 * while something is unsaved. The report editor uses it too.
 */
export function useAutosaveLifecycle(controller: AutosaveController) {
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot);

  useEffect(() => () => controller.dispose(), [controller]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void controller.flush();
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, [controller]);

  const unsaved = controller.hasUnsaved();
  useBeforeUnload((event) => {
    if (!controller.hasUnsaved()) return;
    void controller.flush();
    event.preventDefault();
    // Older browsers need a returnValue to show their own "leave site?" dialog.
    event.returnValue = '';
  });
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname);
  return { snapshot, unsaved, blocker };
}
