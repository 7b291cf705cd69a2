import { z } from 'zod';
import { ZApplicationStatus } from './applications';

/** The coordinator's home: their calls, what waits for them, and recent activity. */

export const ZCoordinatorCall = z.object({
  id: z.string(),
  code: z.string(),
  title: z.object({ lv: z.string(), en: z.string() }),
  status: z.string(),
  closesAt: z.string(),
  /** Whole days from now to the deadline in Riga; negative once it has passed. */
  daysToDeadline: z.number().int(),
  countsByStatus: z.partialRecord(ZApplicationStatus, z.number().int()),
});
export type TCoordinatorCall = z.infer<typeof ZCoordinatorCall>;

export const NEEDS_COORDINATOR_REASONS = ['clarification_answered'] as const;
export const ZCoordinatorAttention = z.object({
  applicationId: z.string(),
  referenceNumber: z.string().nullable(),
  organisationName: z.string(),
  callCode: z.string(),
  reason: z.enum(NEEDS_COORDINATOR_REASONS),
  since: z.string(),
});
export type TCoordinatorAttention = z.infer<typeof ZCoordinatorAttention>;

export const ZCoordinatorActivity = z.object({
  id: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
});
export type TCoordinatorActivity = z.infer<typeof ZCoordinatorActivity>;

export const ZCoordinatorHomeResponse = z.object({
  calls: z.array(ZCoordinatorCall),
  needsAttention: z.array(ZCoordinatorAttention),
  pendingClaimCount: z.number().int(),
  recentActivity: z.array(ZCoordinatorActivity),
});
export type TCoordinatorHomeResponse = z.infer<typeof ZCoordinatorHomeResponse>;
