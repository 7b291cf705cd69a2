-- The coordinator home walks one entity type's audit entries newest first.
CREATE INDEX "AuditLog_entityType_createdAt_idx" ON "AuditLog"("entityType", "createdAt");
