-- List exports as background jobs: the request is a row here and a BullMQ job; the worker writes
-- the file to storage and the requester downloads it until expiresAt (apps/api/src/modules/table-exports).

-- CreateEnum
CREATE TYPE "TableExportKind" AS ENUM ('applications', 'scores', 'decisions', 'projects', 'payments', 'reports');

-- CreateEnum
CREATE TYPE "TableExportFormat" AS ENUM ('csv', 'xlsx');

-- CreateEnum
CREATE TYPE "TableExportStatus" AS ENUM ('queued', 'running', 'ready', 'failed');

-- CreateTable
CREATE TABLE "TableExport" (
    "id" UUID NOT NULL,
    "kind" "TableExportKind" NOT NULL,
    "format" "TableExportFormat" NOT NULL,
    "callId" UUID NOT NULL,
    "query" JSONB NOT NULL,
    "requestedById" UUID NOT NULL,
    "status" "TableExportStatus" NOT NULL DEFAULT 'queued',
    "fileName" TEXT,
    "contentType" TEXT,
    "storageKey" TEXT,
    "sizeBytes" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),

    CONSTRAINT "TableExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TableExport_requestedById_status_idx" ON "TableExport"("requestedById", "status");

-- CreateIndex
CREATE INDEX "TableExport_expiresAt_idx" ON "TableExport"("expiresAt");

-- AddForeignKey
ALTER TABLE "TableExport" ADD CONSTRAINT "TableExport_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TableExport" ADD CONSTRAINT "TableExport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
