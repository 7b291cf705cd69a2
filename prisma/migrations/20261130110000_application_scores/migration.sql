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

-- Recomputes the scores of one application (p_application) or of every application of a call
-- (p_application NULL). A reviewer's total: Σ (moderated ?? score ?? 0) / max × weight / Σ weight
-- × 100 over the call's criteria; the application's: the mean over submitted reviews; a criterion
-- is below its minimum when the mean of its given scores is under minScore.
CREATE FUNCTION "application_scores_refresh"(p_call UUID, p_application UUID) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Refreshes of one application run one after another (and a whole call's alone), each reading
  -- what the one before committed: two reviews submitted at once both count.
  IF p_application IS NULL THEN
    PERFORM pg_advisory_xact_lock(hashtextextended('kopa.application-score.call:' || p_call::text, 0));
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtextextended('kopa.application-score.call:' || p_call::text, 0));
    PERFORM pg_advisory_xact_lock(hashtextextended('kopa.application-score:' || p_application::text, 0));
  END IF;

  DELETE FROM "ApplicationScore" s
  WHERE s."callId" = p_call AND (p_application IS NULL OR s."applicationId" = p_application)
    AND NOT EXISTS (
      SELECT 1 FROM "ReviewAssignment" ra WHERE ra."applicationId" = s."applicationId" AND ra.status = 'submitted'
    );

  WITH crit AS (
    SELECT id, "maxScore", weight, "minScore" FROM "RubricCriterion" WHERE "callId" = p_call
  ),
  weights AS (SELECT NULLIF(SUM(weight), 0)::numeric AS total FROM crit),
  submitted AS (
    SELECT id, "applicationId" FROM "ReviewAssignment"
    WHERE "callId" = p_call AND status = 'submitted' AND (p_application IS NULL OR "applicationId" = p_application)
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

-- A review counts while it is submitted: refresh when one becomes, stops being or is no longer submitted.
CREATE FUNCTION "application_scores_after_assignment"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'submitted' THEN PERFORM "application_scores_refresh"(OLD."callId", OLD."applicationId"); END IF;
  ELSIF NEW.status = 'submitted' OR (TG_OP = 'UPDATE' AND OLD.status = 'submitted') THEN
    PERFORM "application_scores_refresh"(NEW."callId", NEW."applicationId");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ReviewAssignment_application_score" AFTER INSERT OR DELETE ON "ReviewAssignment"
  FOR EACH ROW EXECUTE FUNCTION "application_scores_after_assignment"();
CREATE TRIGGER "ReviewAssignment_application_score_status" AFTER UPDATE OF status ON "ReviewAssignment"
  FOR EACH ROW EXECUTE FUNCTION "application_scores_after_assignment"();

-- A score changes a total only on a submitted review (a draft's autosave does not; a coordinator's moderation does).
CREATE FUNCTION "application_scores_after_score"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  review RECORD;
BEGIN
  SELECT "callId", "applicationId" INTO review FROM "ReviewAssignment"
  WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD."assignmentId" ELSE NEW."assignmentId" END AND status = 'submitted';
  IF FOUND THEN PERFORM "application_scores_refresh"(review."callId", review."applicationId"); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ReviewScore_application_score" AFTER INSERT OR UPDATE OR DELETE ON "ReviewScore"
  FOR EACH ROW EXECUTE FUNCTION "application_scores_after_score"();

-- The rubric weighs every review of the call.
CREATE FUNCTION "application_scores_after_criterion"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "application_scores_refresh"(CASE WHEN TG_OP = 'DELETE' THEN OLD."callId" ELSE NEW."callId" END, NULL);
  RETURN NULL;
END
$$;

CREATE TRIGGER "RubricCriterion_application_score" AFTER INSERT OR UPDATE OR DELETE ON "RubricCriterion"
  FOR EACH ROW EXECUTE FUNCTION "application_scores_after_criterion"();

-- The scores of every review submitted so far.
SELECT "application_scores_refresh"(c.id, NULL)
FROM "Call" c
WHERE EXISTS (SELECT 1 FROM "ReviewAssignment" ra WHERE ra."callId" = c.id AND ra.status = 'submitted');
