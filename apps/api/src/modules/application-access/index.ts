// The public surface of the application access gate: other features import from here only.
export { ApplicationAccessModule } from './application-access.module';
export { ApplicationGate } from './application-gate.service';
export { applicationDetailInclude, type AdmittedApplication, type ApplicationDetail } from './application-access.repository';
export { mayOpenAttachmentsOf, type ApplicationViewer, type ApplicationViewerKind } from './application-viewer';
export {
  REVIEWER_OPEN_STATUSES,
  REVIEWER_VISIBLE_STATUSES,
  assignmentOpensApplication,
  reviewerFileName,
  reviewerMayOpenAttachmentsOf,
  reviewerMaySeeApplication,
  reviewerMaySeeAssignment,
  reviewerRedaction,
  type ReviewerAssignmentFacts,
  type ReviewerRedaction,
  type ReviewerRedactionSettings,
} from './reviewer-rules';
export { deadlineFacts, editableQuestionIds, isBeforeDeadline, type DeadlineFacts } from './application-deadlines';
