-- CreateEnum
CREATE TYPE "ConsultationMode" AS ENUM ('in_person', 'online', 'phone');

-- CreateEnum
CREATE TYPE "ConsultationTopic" AS ENUM ('application_writing', 'budget', 'reporting', 'community_engagement', 'other');

-- CreateEnum
CREATE TYPE "ConsultationBookingStatus" AS ENUM ('booked', 'cancelled');

-- CreateEnum
CREATE TYPE "ConsultationAttendance" AS ENUM ('attended', 'no_show');

-- AlterTable
ALTER TABLE "ResourceCentre" ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactPhone" TEXT,
ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "descriptionLv" TEXT,
ADD COLUMN     "openingHoursEn" TEXT,
ADD COLUMN     "openingHoursLv" TEXT,
ADD COLUMN     "photoKey" TEXT,
ADD COLUMN     "photoUpdatedAt" TIMESTAMPTZ(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "ConsultationSlot" (
    "id" UUID NOT NULL,
    "seriesId" UUID NOT NULL,
    "consultantId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "mode" "ConsultationMode" NOT NULL,
    "resourceCentreId" UUID,
    "meetingUrl" TEXT,
    "phone" TEXT,
    "topics" "ConsultationTopic"[],
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationBooking" (
    "id" UUID NOT NULL,
    "slotId" UUID NOT NULL,
    "activeSlotId" UUID,
    "organisationId" UUID NOT NULL,
    "contactUserId" UUID NOT NULL,
    "createdById" UUID,
    "topic" "ConsultationTopic" NOT NULL,
    "question" TEXT NOT NULL,
    "status" "ConsultationBookingStatus" NOT NULL DEFAULT 'booked',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "cancelledAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),
    "attendance" "ConsultationAttendance",
    "outcome" TEXT,
    "followUpActions" TEXT,
    "recordedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsultationBooking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationNote" (
    "bookingId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsultationNote_pkey" PRIMARY KEY ("bookingId")
);

-- CreateIndex
CREATE INDEX "ConsultationSlot_startsAt_idx" ON "ConsultationSlot"("startsAt");

-- CreateIndex
CREATE INDEX "ConsultationSlot_resourceCentreId_startsAt_idx" ON "ConsultationSlot"("resourceCentreId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationSlot_consultantId_startsAt_key" ON "ConsultationSlot"("consultantId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationBooking_activeSlotId_key" ON "ConsultationBooking"("activeSlotId");

-- CreateIndex
CREATE INDEX "ConsultationBooking_organisationId_createdAt_idx" ON "ConsultationBooking"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationBooking_slotId_idx" ON "ConsultationBooking"("slotId");

-- CreateIndex
CREATE INDEX "ConsultationBooking_status_reminderSentAt_idx" ON "ConsultationBooking"("status", "reminderSentAt");

-- CreateIndex
CREATE INDEX "ResourceCentre_municipalityCode_nameLv_idx" ON "ResourceCentre"("municipalityCode", "nameLv");

-- AddForeignKey
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationSlot" ADD CONSTRAINT "ConsultationSlot_resourceCentreId_fkey" FOREIGN KEY ("resourceCentreId") REFERENCES "ResourceCentre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "ConsultationSlot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationBooking" ADD CONSTRAINT "ConsultationBooking_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationNote" ADD CONSTRAINT "ConsultationNote_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "ConsultationBooking"("id") ON DELETE CASCADE ON UPDATE CASCADE;
