-- AlterTable
ALTER TABLE "ProjectReportVersion" ADD COLUMN     "expenses" JSONB;

-- Expenses that named a report before the key existed keep only reports that exist.
UPDATE "ProjectExpense" e SET "reportId" = NULL WHERE "reportId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ProjectReport" r WHERE r."id" = e."reportId");

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ProjectReport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
