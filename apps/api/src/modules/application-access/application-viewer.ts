import type { TOrganisationRole } from '@kopa/shared';
import { reviewerMayOpenAttachmentsOf, type ReviewerRedaction } from './reviewer-rules';

/**
 * Who is looking at an application, as the gate decided it:
 * - member: of the applying organisation, with their organisation role;
 * - staff: of the call's programme (`manages`), or an admin who only reads;
 * - reviewer: assigned, conflict-free (assignment in progress or submitted), read-only and redacted.
 */
export type ApplicationViewer =
  | { actor: 'member'; role: TOrganisationRole }
  | { actor: 'staff'; role: null; manages: boolean }
  | { actor: 'reviewer'; role: null; assignmentId: string; redaction: ReviewerRedaction };

export type ApplicationViewerKind = ApplicationViewer['actor'];

/** Whether this viewer may open attachments of this question. */
export function mayOpenAttachmentsOf(viewer: ApplicationViewer, questionId: string): boolean {
  return viewer.actor !== 'reviewer' || reviewerMayOpenAttachmentsOf(viewer.redaction, questionId);
}
