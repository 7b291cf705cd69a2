import { formatCalendarDate } from '@kopa/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocaleOf } from '../../i18n/languages';
import { useReportSchedule } from './reports.api';

/** The project's reports by id, named as people say them ("Interim report 2 (30.04.2027)"), in schedule order. */
export function useReportNames(projectId: string, projectVersion: number): { id: string; name: string }[] {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  const schedule = useReportSchedule(projectId, projectVersion);
  return useMemo(
    () =>
      (schedule.data?.reports ?? []).map((report) => {
        const name = t(`reports.kindNumbered.${report.kind}`, { number: report.number });
        return { id: report.id, name: report.dueDate ? `${name} (${formatCalendarDate(report.dueDate, locale)})` : name };
      }),
    [schedule.data, t, locale],
  );
}
