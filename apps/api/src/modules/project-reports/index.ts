// The public surface of project reports: other features import from here only.
export { ProjectReportsModule } from './project-reports.module';
export { ReportGate } from './report-gate';
