-- Trigram indexes let coordinators search titles and organisation names with ILIKE '%…%'.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "projectTitle" TEXT;

-- Existing applications get their title from their answers (as saves keep it from now on).
UPDATE "Application" SET "projectTitle" = NULLIF(LEFT("answers"->>'project_title', 500), '');

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT;

-- CreateIndex
CREATE INDEX "Application_projectTitle_idx" ON "Application" USING GIN ("projectTitle" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organisation_legalName_idx" ON "Organisation" USING GIN ("legalName" gin_trgm_ops);
