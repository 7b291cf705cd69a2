-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('interim', 'final');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('draft', 'submitted', 'changes_requested', 'approved');

-- AlterEnum
ALTER TYPE "TrancheCondition" ADD VALUE 'report_approved';

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "reportFinalOffsetDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "reportInterimOffsetsDays" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- AlterTable
ALTER TABLE "ProjectTranche" ADD COLUMN     "reportId" UUID;

-- CreateTable
CREATE TABLE "CallReportForm" (
    "id" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CallReportForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectReport" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "offsetDays" INTEGER,
    "dueDate" DATE,
    "dueDateManual" BOOLEAN NOT NULL DEFAULT false,
    "status" "ReportStatus" NOT NULL DEFAULT 'draft',
    "formVersion" INTEGER,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "indicators" JSONB NOT NULL DEFAULT '{}',
    "fieldVersions" JSONB NOT NULL DEFAULT '{}',
    "reopenedParts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "reviewComment" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "participantsTotal" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectReportVersion" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "formVersion" INTEGER,
    "answers" JSONB NOT NULL,
    "indicators" JSONB NOT NULL,
    "submittedById" UUID,
    "submittedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectReportReminder" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectReportReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CallReportForm_callId_version_key" ON "CallReportForm"("callId", "version");

-- CreateIndex
CREATE INDEX "ProjectReport_projectId_dueDate_idx" ON "ProjectReport"("projectId", "dueDate");

-- CreateIndex
CREATE INDEX "ProjectReport_status_dueDate_idx" ON "ProjectReport"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectReportVersion_reportId_number_key" ON "ProjectReportVersion"("reportId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectReportReminder_reportId_rule_userId_key" ON "ProjectReportReminder"("reportId", "rule", "userId");

-- AddForeignKey
ALTER TABLE "ProjectTranche" ADD CONSTRAINT "ProjectTranche_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProjectReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallReportForm" ADD CONSTRAINT "CallReportForm_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReport" ADD CONSTRAINT "ProjectReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReportVersion" ADD CONSTRAINT "ProjectReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProjectReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectReportReminder" ADD CONSTRAINT "ProjectReportReminder_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProjectReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every existing project owes the reports of its call's schedule (the defaults above:
-- no interim reports, a final report 30 days after the end date, undated while the project has none).
INSERT INTO "ProjectReport" ("id", "projectId", "kind", "offsetDays", "dueDate", "updatedAt")
SELECT gen_random_uuid(), p."id", 'interim', o.days, p."startDate" + o.days, CURRENT_TIMESTAMP
FROM "Project" p
JOIN "Call" c ON c."id" = p."callId"
CROSS JOIN LATERAL unnest(c."reportInterimOffsetsDays") AS o(days)
WHERE NOT EXISTS (SELECT 1 FROM "ProjectReport" r WHERE r."projectId" = p."id");

INSERT INTO "ProjectReport" ("id", "projectId", "kind", "offsetDays", "dueDate", "updatedAt")
SELECT gen_random_uuid(), p."id", 'final', c."reportFinalOffsetDays", p."endDate" + c."reportFinalOffsetDays", CURRENT_TIMESTAMP
FROM "Project" p
JOIN "Call" c ON c."id" = p."callId"
WHERE NOT EXISTS (SELECT 1 FROM "ProjectReport" r WHERE r."projectId" = p."id" AND r."kind" = 'final');
