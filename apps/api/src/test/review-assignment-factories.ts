import type { PrismaClient } from '../generated/prisma/client';

export type ReviewAssignmentStatus = 'pending' | 'in_progress' | 'submitted' | 'conflicted' | 'released';

/**
 * A review assignment straight in the database (the review work builds the real flow):
 * the timestamps match the status, so the row looks like one the review module wrote.
 */
export async function createReviewAssignment(
  prisma: PrismaClient,
  input: { applicationId: string; reviewerId: string; status?: ReviewAssignmentStatus; assignedById?: string | null },
) {
  const application = await prisma.application.findUniqueOrThrow({ where: { id: input.applicationId }, select: { callId: true } });
  const status = input.status ?? 'in_progress';
  const now = new Date();
  const declaredNoConflict = status === 'in_progress' || status === 'submitted';
  return prisma.reviewAssignment.create({
    data: {
      callId: application.callId,
      applicationId: input.applicationId,
      reviewerId: input.reviewerId,
      status,
      noConflictDeclaredAt: declaredNoConflict ? now : null,
      conflictDeclaredAt: status === 'conflicted' ? now : null,
      conflictNote: status === 'conflicted' ? 'Esmu biedrības valdes loceklis.' : null,
      submittedAt: status === 'submitted' ? now : null,
      releasedAt: status === 'released' ? now : null,
      releaseReason: status === 'released' ? 'Dropped out' : null,
      assignedById: input.assignedById ?? null,
    },
  });
}

/** Sets the call's review settings that decide what reviewers see. */
export async function setReviewVisibility(
  prisma: PrismaClient,
  callId: string,
  settings: { blindReview?: boolean; identifyingQuestionIds?: string[]; reviewerHiddenQuestionIds?: string[] },
) {
  return prisma.call.update({ where: { id: callId }, data: settings });
}
