-- AlterTable
ALTER TABLE "EventRegistration" ADD COLUMN     "certificateSentAt" TIMESTAMPTZ(3);
