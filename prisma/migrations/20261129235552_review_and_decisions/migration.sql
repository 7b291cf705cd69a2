-- CreateEnum
CREATE TYPE "ReviewAssignmentStatus" AS ENUM ('pending', 'in_progress', 'submitted', 'conflicted', 'released');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('award', 'waitlist', 'reject');

-- CreateEnum
CREATE TYPE "EligibilityOutcome" AS ENUM ('eligible', 'ineligible');

-- AlterEnum
ALTER TYPE "AuthTokenKind" ADD VALUE 'account_invitation';

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "awardedCents" BIGINT,
ADD COLUMN     "decidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "requestedCents" BIGINT;

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "blindReview" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "decidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "disagreementGap" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "eligibilityChecklist" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "identifyingQuestionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reviewDueAt" TIMESTAMPTZ(3),
ADD COLUMN     "reviewerHiddenQuestionIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "reviewersPerApplication" INTEGER NOT NULL DEFAULT 2;

-- CreateTable
CREATE TABLE "EligibilityCheck" (
    "applicationId" UUID NOT NULL,
    "autoResults" JSONB NOT NULL DEFAULT '[]',
    "checklist" JSONB NOT NULL DEFAULT '{}',
    "outcome" "EligibilityOutcome",
    "reason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EligibilityCheck_pkey" PRIMARY KEY ("applicationId")
);

-- CreateTable
CREATE TABLE "RubricCriterion" (
    "id" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "nameLv" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "guidanceLv" TEXT NOT NULL DEFAULT '',
    "guidanceEn" TEXT NOT NULL DEFAULT '',
    "maxScore" INTEGER NOT NULL,
    "weight" INTEGER NOT NULL DEFAULT 1,
    "minScore" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RubricCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerPoolMember" (
    "callId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "addedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewerPoolMember_pkey" PRIMARY KEY ("callId","userId")
);

-- CreateTable
CREATE TABLE "ReviewerConflict" (
    "id" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "assignmentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewerConflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewAssignment" (
    "id" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "status" "ReviewAssignmentStatus" NOT NULL DEFAULT 'pending',
    "comment" TEXT NOT NULL DEFAULT '',
    "noConflictDeclaredAt" TIMESTAMPTZ(3),
    "conflictDeclaredAt" TIMESTAMPTZ(3),
    "conflictNote" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "releasedAt" TIMESTAMPTZ(3),
    "releaseReason" TEXT,
    "assignedById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "assignmentId" UUID NOT NULL,
    "criterionId" UUID NOT NULL,
    "score" INTEGER,
    "comment" TEXT NOT NULL DEFAULT '',
    "moderatedScore" INTEGER,
    "moderationReason" TEXT,
    "moderatedById" UUID,
    "moderatedAt" TIMESTAMPTZ(3),
    "sharedWithApplicant" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReviewScore_pkey" PRIMARY KEY ("assignmentId","criterionId")
);

-- CreateTable
CREATE TABLE "Decision" (
    "applicationId" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "amountCents" BIGINT,
    "rationale" TEXT NOT NULL,
    "overrideReason" TEXT,
    "feedbackEnabled" BOOLEAN NOT NULL DEFAULT false,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "letterQueuedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("applicationId")
);

-- CreateTable
CREATE TABLE "DecisionLetterTemplate" (
    "callId" UUID NOT NULL,
    "kind" "DecisionKind" NOT NULL,
    "subjectLv" TEXT NOT NULL,
    "subjectEn" TEXT NOT NULL,
    "bodyLv" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DecisionLetterTemplate_pkey" PRIMARY KEY ("callId","kind")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "email" BOOLEAN NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","category")
);

-- CreateIndex
CREATE INDEX "RubricCriterion_callId_position_idx" ON "RubricCriterion"("callId", "position");

-- CreateIndex
CREATE INDEX "ReviewerPoolMember_userId_idx" ON "ReviewerPoolMember"("userId");

-- CreateIndex
CREATE INDEX "ReviewerConflict_organisationId_idx" ON "ReviewerConflict"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewerConflict_reviewerId_organisationId_key" ON "ReviewerConflict"("reviewerId", "organisationId");

-- CreateIndex
CREATE INDEX "ReviewAssignment_reviewerId_status_idx" ON "ReviewAssignment"("reviewerId", "status");

-- CreateIndex
CREATE INDEX "ReviewAssignment_callId_status_idx" ON "ReviewAssignment"("callId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewAssignment_applicationId_reviewerId_key" ON "ReviewAssignment"("applicationId", "reviewerId");

-- CreateIndex
CREATE INDEX "ReviewScore_criterionId_idx" ON "ReviewScore"("criterionId");

-- CreateIndex
CREATE INDEX "Decision_callId_kind_idx" ON "Decision"("callId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Application_callId_requestedCents_idx" ON "Application"("callId", "requestedCents");

-- AddForeignKey
ALTER TABLE "EligibilityCheck" ADD CONSTRAINT "EligibilityCheck_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RubricCriterion" ADD CONSTRAINT "RubricCriterion_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerPoolMember" ADD CONSTRAINT "ReviewerPoolMember_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerPoolMember" ADD CONSTRAINT "ReviewerPoolMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerConflict" ADD CONSTRAINT "ReviewerConflict_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerConflict" ADD CONSTRAINT "ReviewerConflict_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewAssignment" ADD CONSTRAINT "ReviewAssignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ReviewAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "RubricCriterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionLetterTemplate" ADD CONSTRAINT "DecisionLetterTemplate_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
