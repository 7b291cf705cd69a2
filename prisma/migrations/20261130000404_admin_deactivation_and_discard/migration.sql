-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "discardedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "deactivatedAt" TIMESTAMPTZ(3);
