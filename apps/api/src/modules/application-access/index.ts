// The public surface of the application access gate: other features import from here only.
export { ApplicationAccessModule } from './application-access.module';
export { ApplicationGate } from './application-gate.service';
export { applicationDetailInclude, type ApplicationDetail } from './application-access.repository';
export { mayOpenAttachmentsOf, type ApplicationViewer, type ApplicationViewerKind, type ReviewerRedaction } from './application-viewer';
export { deadlineFacts, editableQuestionIds, isBeforeDeadline, type DeadlineFacts } from './application-deadlines';
