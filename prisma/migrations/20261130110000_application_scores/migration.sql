-- Each application's review scores as the ranked list shows them, kept by the database so that a
-- page of a call's ranked list reads one row per application instead of scoring every review of
-- the call (≈250 ms a page for a call of 5,000). The rule is that of packages/shared/src/scores.ts
-- (the scores tests compare both); the read side is apps/api/src/modules/decisions/scores.sql.ts.

CREATE TABLE "ApplicationScore" (
    "applicationId" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "reviewCount" INTEGER NOT NULL,
    "totalCount" INTEGER NOT NULL,
    "weightedTotal" DECIMAL(7,2),
    "spread" DECIMAL(7,2),
    "belowMinimum" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ApplicationScore_pkey" PRIMARY KEY ("applicationId")
);

CREATE INDEX "ApplicationScore_callId_weightedTotal_idx" ON "ApplicationScore"("callId", "weightedTotal");

ALTER TABLE "ApplicationScore" ADD CONSTRAINT "ApplicationScore_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Recomputes the scores of the given applications of one call (p_applications), or of every
-- application of the call (NULL). A reviewer's total: Σ (moderated ?? score ?? 0) / max × weight /
-- Σ weight × 100 over the call's criteria; the application's: the mean over submitted reviews; a
-- criterion is below its minimum when the mean of its given scores is under minScore.
CREATE FUNCTION "application_scores_refresh"(p_call UUID, p_applications UUID[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  app UUID;
BEGIN
  -- Refreshes of one application run one after another (a whole call's, or a bulk one's, alone),
  -- each reading what the one before committed: two reviews submitted at once both count.
  IF p_applications IS NULL OR cardinality(p_applications) > 50 THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('kopa.application-score.call:' || p_call::text, 0));
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('kopa.application-score.call:' || p_call::text, 0));
    FOR app IN SELECT DISTINCT unnest(p_applications) ORDER BY 1 LOOP
      PERFORM pg_advisory_xact_lock(hashtextextended('kopa.application-score:' || app::text, 0));
    END LOOP;
  END IF;

  DELETE FROM "ApplicationScore" s
  WHERE s."callId" = p_call AND (p_applications IS NULL OR s."applicationId" = ANY (p_applications))
    AND NOT EXISTS (
      SELECT 1 FROM "ReviewAssignment" ra WHERE ra."applicationId" = s."applicationId" AND ra.status = 'submitted'
    );

  WITH crit AS (
    SELECT id, "maxScore", weight, "minScore" FROM "RubricCriterion" WHERE "callId" = p_call
  ),
  weights AS (SELECT NULLIF(SUM(weight), 0)::numeric AS total FROM crit),
  submitted AS (
    SELECT id, "applicationId" FROM "ReviewAssignment"
    WHERE "callId" = p_call AND status = 'submitted' AND (p_applications IS NULL OR "applicationId" = ANY (p_applications))
  ),
  -- A score missing from a submitted review counts 0: summing only the rows that exist is the same.
  reviewer_total AS (
    SELECT s."applicationId", s.id,
      COALESCE(SUM(COALESCE(rs."moderatedScore", rs.score, 0)::numeric / c."maxScore" * c.weight), 0)
        / (SELECT total FROM weights) * 100 AS total
    FROM submitted s
    LEFT JOIN "ReviewScore" rs ON rs."assignmentId" = s.id
    LEFT JOIN crit c ON c.id = rs."criterionId" AND c."maxScore" > 0
    GROUP BY s."applicationId", s.id
  ),
  app_score AS (
    SELECT "applicationId", COUNT(*)::int AS reviews, AVG(total) AS total, MAX(total) - MIN(total) AS spread, COUNT(total)::int AS totals
    FROM reviewer_total GROUP BY "applicationId"
  ),
  below AS (
    SELECT DISTINCT m."applicationId" FROM (
      SELECT s."applicationId", c."minScore", AVG(COALESCE(rs."moderatedScore", rs.score)) AS mean
      FROM submitted s
      JOIN "ReviewScore" rs ON rs."assignmentId" = s.id
      JOIN crit c ON c.id = rs."criterionId"
      WHERE c."minScore" IS NOT NULL
      GROUP BY s."applicationId", c.id, c."minScore"
    ) m WHERE m.mean < m."minScore"
  )
  INSERT INTO "ApplicationScore" ("applicationId", "callId", "reviewCount", "totalCount", "weightedTotal", "spread", "belowMinimum", "updatedAt")
  SELECT sc."applicationId", p_call, sc.reviews, sc.totals, ROUND(sc.total, 2), ROUND(sc.spread, 2), b."applicationId" IS NOT NULL, now()
  FROM app_score sc
  -- An application deleted in this statement (its assignments cascading) gets no row.
  JOIN "Application" a ON a.id = sc."applicationId"
  LEFT JOIN below b ON b."applicationId" = sc."applicationId"
  ON CONFLICT ("applicationId") DO UPDATE SET
    "reviewCount" = EXCLUDED."reviewCount",
    "totalCount" = EXCLUDED."totalCount",
    "weightedTotal" = EXCLUDED."weightedTotal",
    "spread" = EXCLUDED."spread",
    "belowMinimum" = EXCLUDED."belowMinimum",
    "updatedAt" = EXCLUDED."updatedAt";
END
$$;

-- The applications (any calls) whose scores a statement changed, refreshed per call.
CREATE FUNCTION "application_scores_refresh_applications"(p_applications UUID[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  changed RECORD;
BEGIN
  FOR changed IN
    SELECT a."callId", array_agg(a.id) AS ids FROM "Application" a WHERE a.id = ANY (p_applications) GROUP BY a."callId"
  LOOP
    PERFORM "application_scores_refresh"(changed."callId", changed.ids);
  END LOOP;
END
$$;

-- The triggers work per statement, over the rows it changed (transition tables, one trigger per
-- event as PostgreSQL requires): a bulk write refreshes each call once, not once per row.

-- A review counts while it is submitted: refresh when one is added or removed as submitted, or
-- becomes or stops being submitted.
CREATE FUNCTION "application_scores_assignments_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "application_scores_refresh_applications"(ARRAY(SELECT DISTINCT "applicationId" FROM inserted WHERE status = 'submitted'));
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewAssignment_scores_inserted" AFTER INSERT ON "ReviewAssignment"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_assignments_inserted"();

CREATE FUNCTION "application_scores_assignments_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "application_scores_refresh_applications"(ARRAY(
    SELECT DISTINCT n."applicationId" FROM updated n JOIN previous o ON o.id = n.id
    WHERE (n.status = 'submitted' OR o.status = 'submitted') AND n.status IS DISTINCT FROM o.status));
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewAssignment_scores_updated" AFTER UPDATE ON "ReviewAssignment"
  REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_assignments_updated"();

CREATE FUNCTION "application_scores_assignments_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "application_scores_refresh_applications"(ARRAY(SELECT DISTINCT "applicationId" FROM deleted WHERE status = 'submitted'));
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewAssignment_scores_deleted" AFTER DELETE ON "ReviewAssignment"
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_assignments_deleted"();

-- A score changes a total only on a submitted review (a draft's autosave does not; a
-- coordinator's moderation does).
CREATE FUNCTION "application_scores_scores_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "application_scores_refresh_applications"(ARRAY(
    SELECT DISTINCT ra."applicationId" FROM inserted n JOIN "ReviewAssignment" ra ON ra.id = n."assignmentId" WHERE ra.status = 'submitted'));
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewScore_scores_inserted" AFTER INSERT ON "ReviewScore"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_scores_inserted"();

CREATE FUNCTION "application_scores_scores_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "application_scores_refresh_applications"(ARRAY(
    SELECT DISTINCT ra."applicationId" FROM updated n
    JOIN previous o ON o."assignmentId" = n."assignmentId" AND o."criterionId" = n."criterionId"
    JOIN "ReviewAssignment" ra ON ra.id = n."assignmentId"
    WHERE ra.status = 'submitted' AND (n.score IS DISTINCT FROM o.score OR n."moderatedScore" IS DISTINCT FROM o."moderatedScore")));
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewScore_scores_updated" AFTER UPDATE ON "ReviewScore"
  REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_scores_updated"();

CREATE FUNCTION "application_scores_scores_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "application_scores_refresh_applications"(ARRAY(
    SELECT DISTINCT ra."applicationId" FROM deleted o JOIN "ReviewAssignment" ra ON ra.id = o."assignmentId" WHERE ra.status = 'submitted'));
  RETURN NULL;
END
$$;
CREATE TRIGGER "ReviewScore_scores_deleted" AFTER DELETE ON "ReviewScore"
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_scores_deleted"();

-- The rubric weighs every review of the call.
CREATE FUNCTION "application_scores_criteria_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  call UUID;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR call IN SELECT DISTINCT "callId" FROM inserted LOOP PERFORM "application_scores_refresh"(call, NULL); END LOOP;
  ELSIF TG_OP = 'UPDATE' THEN
    FOR call IN SELECT "callId" FROM updated UNION SELECT "callId" FROM previous LOOP PERFORM "application_scores_refresh"(call, NULL); END LOOP;
  ELSE
    FOR call IN SELECT DISTINCT "callId" FROM deleted LOOP PERFORM "application_scores_refresh"(call, NULL); END LOOP;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "RubricCriterion_scores_inserted" AFTER INSERT ON "RubricCriterion"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_criteria_changed"();
CREATE TRIGGER "RubricCriterion_scores_updated" AFTER UPDATE ON "RubricCriterion"
  REFERENCING OLD TABLE AS previous NEW TABLE AS updated FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_criteria_changed"();
CREATE TRIGGER "RubricCriterion_scores_deleted" AFTER DELETE ON "RubricCriterion"
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION "application_scores_criteria_changed"();

-- The scores of every review submitted so far.
SELECT "application_scores_refresh"(c.id, NULL)
FROM "Call" c
WHERE EXISTS (SELECT 1 FROM "ReviewAssignment" ra WHERE ra."callId" = c.id AND ra.status = 'submitted');
