// The public surface of funded projects: other features import from here only.
export { ProjectsModule } from './projects.module';
export { ProjectCreation } from './project-creation';
export { ProjectAccess, type ProjectViewer } from './project-access';
export { ProjectsRepository } from './projects.repository';
export { isoDateOf, dateColumnOf } from './project-dates';
export { ProjectStaffNotices, type GranteeFiling } from './project-staff-notices';
