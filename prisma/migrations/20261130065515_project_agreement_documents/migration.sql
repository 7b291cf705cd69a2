-- CreateEnum
CREATE TYPE "AgreementDocumentKind" AS ENUM ('issued', 'signed');

-- CreateTable
CREATE TABLE "AgreementDocument" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "AgreementDocumentKind" NOT NULL,
    "version" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgreementDocument_storageKey_key" ON "AgreementDocument"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementDocument_projectId_kind_version_key" ON "AgreementDocument"("projectId", "kind", "version");

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementDocument" ADD CONSTRAINT "AgreementDocument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
