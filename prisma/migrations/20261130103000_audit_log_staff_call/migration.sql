-- The call an audit entry is staff business of: the call's own entries, and those of an
-- application that has been submitted (an applicant's draft is not). The coordinator home reads
-- its calls' newest entries through ("callId", "createdAt") instead of building the set of every
-- submitted application of its calls, and however busy applicants are with drafts.
ALTER TABLE "AuditLog" ADD COLUMN "callId" UUID;

-- Set on insert by the database, so that every writer (the audit service, bulk loads) agrees.
CREATE FUNCTION "audit_log_staff_call"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."callId" IS NULL AND NEW."entityId" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
    IF NEW."entityType" = 'call' THEN
      NEW."callId" := NEW."entityId"::uuid;
    ELSIF NEW."entityType" = 'application' THEN
      SELECT a."callId" INTO NEW."callId" FROM "Application" a
      WHERE a.id = NEW."entityId"::uuid AND a."submittedAt" IS NOT NULL;
    END IF;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "AuditLog_staff_call" BEFORE INSERT ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_staff_call"();

-- Existing entries: a call's, and every entry of an application submitted by now.
UPDATE "AuditLog" SET "callId" = "entityId"::uuid
WHERE "entityType" = 'call' AND "entityId" ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
UPDATE "AuditLog" l SET "callId" = a."callId"
FROM "Application" a
WHERE l."entityType" = 'application' AND a."submittedAt" IS NOT NULL AND a.id::text = l."entityId";

CREATE INDEX "AuditLog_callId_createdAt_idx" ON "AuditLog"("callId", "createdAt");
