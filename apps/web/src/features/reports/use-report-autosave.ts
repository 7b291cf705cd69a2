import { INDICATOR_KEYS, indicatorOf, type TAnswers, type TAnswerValue, type TReportDetail } from '@kopa/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { AutosaveController } from '../applications/autosave-controller';
import { useAutosaveLifecycle } from '../applications/use-autosave';
import { reportKey, saveReport } from './reports.api';

const INDICATOR_PREFIX = 'indicators.';

/** The report as one map of fields for the autosave: narrative answers by question id, indicators as `indicators.<key>`. */
export function reportFieldsOf(report: TReportDetail) {
  const answers: TAnswers = { ...(report.answers as TAnswers) };
  for (const key of INDICATOR_KEYS) {
    const value = indicatorOf(report.indicators, key);
    if (value !== null) answers[`${INDICATOR_PREFIX}${key}`] = value;
  }
  return { answers, fieldVersions: report.fieldVersions };
}

/**
 * The application's autosave (AutosaveController: debounce, local copy, field-version merge,
 * conflicts) on a report: the server's rule is the same, only the request's shape differs.
 */
export function useReportAutosave(report: TReportDetail, editable: (field: string) => boolean) {
  const queryClient = useQueryClient();
  const [controller] = useState(
    () =>
      new AutosaveController({
        applicationId: `report:${report.id}`,
        server: reportFieldsOf(report),
        editable,
        save: async ({ changes, baseFieldVersions }) => {
          const answers: Record<string, TAnswerValue> = {};
          const indicators: Record<string, TAnswerValue> = {};
          for (const [field, value] of Object.entries(changes)) {
            if (field.startsWith(INDICATOR_PREFIX)) indicators[field.slice(INDICATOR_PREFIX.length)] = value ?? null;
            else answers[field] = value;
          }
          const response = await saveReport(report.id, { answers, indicators: indicators as never, baseFieldVersions });
          queryClient.setQueryData(reportKey(report.id), response.report);
          return {
            server: reportFieldsOf(response.report),
            conflicts: response.conflicts.map((conflict) => ({
              questionId: conflict.field,
              yours: conflict.yours as TAnswerValue,
              theirs: conflict.theirs as TAnswerValue,
              theirsFieldVersion: conflict.theirsFieldVersion,
            })),
          };
        },
      }),
  );
  const { snapshot, unsaved, blocker } = useAutosaveLifecycle(controller);
  return { controller, snapshot, unsaved, blocker };
}
