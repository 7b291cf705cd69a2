-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('seminar', 'workshop', 'training', 'symposium', 'community_event');

-- CreateEnum
CREATE TYPE "ParticipantGroup" AS ENUM ('teachers', 'parents', 'children_youth', 'seniors', 'ngo_members', 'municipality_staff', 'other');

-- CreateEnum
CREATE TYPE "EventRegistrationStatus" AS ENUM ('pending_confirmation', 'confirmed', 'waitlisted', 'cancelled');

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "type" "EventType" NOT NULL,
    "titleLv" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "descriptionLv" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "resourceCentreId" UUID,
    "municipalityCode" TEXT,
    "address" TEXT,
    "onlineUrl" TEXT,
    "capacity" INTEGER NOT NULL,
    "registrationDeadline" TIMESTAMPTZ(3) NOT NULL,
    "targetGroups" "ParticipantGroup"[],
    "organiserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EventRegistration" (
    "id" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "participantGroup" "ParticipantGroup" NOT NULL,
    "status" "EventRegistrationStatus" NOT NULL,
    "queuedAt" TIMESTAMPTZ(3),
    "checkedInAt" TIMESTAMPTZ(3),
    "reminderSentAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EventRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_startsAt_idx" ON "Event"("startsAt");

-- CreateIndex
CREATE INDEX "Event_municipalityCode_startsAt_idx" ON "Event"("municipalityCode", "startsAt");

-- CreateIndex
CREATE INDEX "EventRegistration_eventId_status_queuedAt_idx" ON "EventRegistration"("eventId", "status", "queuedAt");

-- CreateIndex
CREATE INDEX "EventRegistration_userId_idx" ON "EventRegistration"("userId");

-- CreateIndex
CREATE INDEX "EventRegistration_email_createdAt_idx" ON "EventRegistration"("email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EventRegistration_eventId_email_key" ON "EventRegistration"("eventId", "email");

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_resourceCentreId_fkey" FOREIGN KEY ("resourceCentreId") REFERENCES "ResourceCentre"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_municipalityCode_fkey" FOREIGN KEY ("municipalityCode") REFERENCES "Municipality"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_organiserId_fkey" FOREIGN KEY ("organiserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventRegistration" ADD CONSTRAINT "EventRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
