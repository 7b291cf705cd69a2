-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "maxApplicationsPerOrganisation" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLoginCount",
DROP COLUMN "lockedUntil",
ADD COLUMN     "totpLastUsedStep" INTEGER;
