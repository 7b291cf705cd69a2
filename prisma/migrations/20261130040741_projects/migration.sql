-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('agreement_pending', 'active', 'final_report_due', 'closed', 'suspended', 'terminated');

-- CreateEnum
CREATE TYPE "TrancheStatus" AS ENUM ('planned', 'due', 'approved', 'paid', 'held', 'cancelled');

-- CreateEnum
CREATE TYPE "TrancheCondition" AS ENUM ('none', 'agreement_signed', 'final_report_approved');

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "agreementNumber" TEXT NOT NULL,
    "agreementSequence" INTEGER NOT NULL,
    "awardedCents" BIGINT NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'agreement_pending',
    "statusReason" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "contactUserId" UUID,
    "granteeSignedOn" DATE,
    "funderSignedOn" DATE,
    "finalReportApprovedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectTranche" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "dueDate" DATE,
    "condition" "TrancheCondition" NOT NULL DEFAULT 'none',
    "status" "TrancheStatus" NOT NULL DEFAULT 'planned',
    "paidOn" DATE,
    "bankReference" TEXT,
    "reason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectTranche_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Project_applicationId_key" ON "Project"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_agreementNumber_key" ON "Project"("agreementNumber");

-- CreateIndex
CREATE INDEX "Project_callId_status_idx" ON "Project"("callId", "status");

-- CreateIndex
CREATE INDEX "Project_organisationId_idx" ON "Project"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_callId_agreementSequence_key" ON "Project"("callId", "agreementSequence");

-- CreateIndex
CREATE INDEX "ProjectTranche_projectId_status_idx" ON "ProjectTranche"("projectId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectTranche_projectId_position_key" ON "ProjectTranche"("projectId", "position");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectTranche" ADD CONSTRAINT "ProjectTranche_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
