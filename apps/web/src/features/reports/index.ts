// What other features use of reports: the schedule on a project's page and the dashboard's overdue list.
export { ReportScheduleSection } from './report-schedule-section';
export { OverdueReportsPanel } from './overdue-reports-panel';
export { useReportNames } from './use-report-names';
