-- AlterTable
ALTER TABLE "EligibilityCheck" ADD COLUMN     "autoCheckedAt" TIMESTAMPTZ(3),
ADD COLUMN     "autoPassed" BOOLEAN;
