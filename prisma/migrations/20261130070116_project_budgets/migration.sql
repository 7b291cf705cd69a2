-- CreateEnum
CREATE TYPE "BudgetChangeStatus" AS ENUM ('pending', 'approved', 'rejected', 'withdrawn');

-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "overspendTolerancePercent" INTEGER NOT NULL DEFAULT 10;

-- CreateTable
CREATE TABLE "ProjectBudget" (
    "projectId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectBudget_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "ProjectBudgetLine" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "originalCents" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectBudgetLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBudgetChange" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "status" "BudgetChangeStatus" NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL,
    "requestedById" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionComment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectBudgetChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectBudgetChangeItem" (
    "id" UUID NOT NULL,
    "changeId" UUID NOT NULL,
    "lineId" UUID NOT NULL,
    "fromCents" BIGINT NOT NULL,
    "toCents" BIGINT NOT NULL,

    CONSTRAINT "ProjectBudgetChangeItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectExpense" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "budgetLineId" UUID NOT NULL,
    "spentOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "amountCents" BIGINT NOT NULL,
    "reportId" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProjectExpense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpenseReceipt" (
    "id" UUID NOT NULL,
    "expenseId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpenseReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBudgetLine_projectId_position_key" ON "ProjectBudgetLine"("projectId", "position");

-- CreateIndex
CREATE INDEX "ProjectBudgetChange_projectId_createdAt_idx" ON "ProjectBudgetChange"("projectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectBudgetChangeItem_changeId_lineId_key" ON "ProjectBudgetChangeItem"("changeId", "lineId");

-- CreateIndex
CREATE INDEX "ProjectExpense_projectId_spentOn_idx" ON "ProjectExpense"("projectId", "spentOn");

-- CreateIndex
CREATE INDEX "ProjectExpense_budgetLineId_idx" ON "ProjectExpense"("budgetLineId");

-- CreateIndex
CREATE INDEX "ProjectExpense_reportId_idx" ON "ProjectExpense"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpenseReceipt_storageKey_key" ON "ExpenseReceipt"("storageKey");

-- CreateIndex
CREATE INDEX "ExpenseReceipt_expenseId_idx" ON "ExpenseReceipt"("expenseId");

-- AddForeignKey
ALTER TABLE "ProjectBudget" ADD CONSTRAINT "ProjectBudget_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetLine" ADD CONSTRAINT "ProjectBudgetLine_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetChange" ADD CONSTRAINT "ProjectBudgetChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetChange" ADD CONSTRAINT "ProjectBudgetChange_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetChange" ADD CONSTRAINT "ProjectBudgetChange_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetChangeItem" ADD CONSTRAINT "ProjectBudgetChangeItem_changeId_fkey" FOREIGN KEY ("changeId") REFERENCES "ProjectBudgetChange"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectBudgetChangeItem" ADD CONSTRAINT "ProjectBudgetChangeItem_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "ProjectBudgetLine"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_budgetLineId_fkey" FOREIGN KEY ("budgetLineId") REFERENCES "ProjectBudgetLine"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectExpense" ADD CONSTRAINT "ProjectExpense_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpenseReceipt" ADD CONSTRAINT "ExpenseReceipt_expenseId_fkey" FOREIGN KEY ("expenseId") REFERENCES "ProjectExpense"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: every existing project gets its budget row and the budget of record from its
-- application's first answered budget table (the same rule as budgetOfRecordFrom in
-- packages/shared/src/project-budgets.ts): each line's grant share (line total − own
-- contribution), cut in proportion by the largest remainder when the award is smaller.
INSERT INTO "ProjectBudget" ("projectId", "version", "updatedAt")
SELECT p.id, 1, CURRENT_TIMESTAMP FROM "Project" p
ON CONFLICT DO NOTHING;

WITH question AS (
  SELECT DISTINCT ON (p.id) p.id AS project_id, p."awardedCents"::numeric AS awarded, a.answers -> (q.value ->> 'id') AS lines
  FROM "Project" p
  JOIN "Application" a ON a.id = p."applicationId"
  JOIN "CallForm" f ON f."callId" = a."callId" AND f.version = a."formVersion"
  CROSS JOIN LATERAL jsonb_array_elements(f.definition -> 'sections') WITH ORDINALITY AS s(value, section_order)
  CROSS JOIN LATERAL jsonb_array_elements(s.value -> 'questions') WITH ORDINALITY AS q(value, question_order)
  WHERE q.value ->> 'type' = 'budget_table'
    AND jsonb_typeof(a.answers -> (q.value ->> 'id')) = 'array'
    AND jsonb_array_length(a.answers -> (q.value ->> 'id')) > 0
    AND NOT EXISTS (SELECT 1 FROM "ProjectBudgetLine" l WHERE l."projectId" = p.id)
  ORDER BY p.id, s.section_order, q.question_order
),
raw AS (
  SELECT question.project_id, question.awarded, e.position::int AS position,
         COALESCE(e.value ->> 'category', 'other') AS category,
         left(COALESCE(NULLIF(trim(e.value ->> 'description'), ''), '—'), 500) AS description,
         GREATEST(0,
           floor((round(COALESCE((e.value ->> 'quantity')::numeric, 0) * 100) * COALESCE((e.value ->> 'unitCostCents')::numeric, 0) + 50) / 100)
           - COALESCE((e.value ->> 'ownContributionCents')::numeric, 0)) AS amount
  FROM question CROSS JOIN LATERAL jsonb_array_elements(question.lines) WITH ORDINALITY AS e(value, position)
),
shares AS (
  SELECT raw.*, SUM(raw.amount) OVER (PARTITION BY raw.project_id) AS total FROM raw
),
cut AS (
  SELECT shares.*,
         CASE WHEN total <= awarded THEN amount ELSE floor(amount * awarded / total) END AS base,
         CASE WHEN total <= awarded THEN 0 ELSE mod(amount * awarded, total) END AS remainder
  FROM shares
),
ranked AS (
  SELECT cut.*,
         awarded - SUM(base) OVER (PARTITION BY project_id) AS leftover,
         ROW_NUMBER() OVER (PARTITION BY project_id ORDER BY remainder DESC, position) AS rank
  FROM cut
)
INSERT INTO "ProjectBudgetLine" ("id", "projectId", "position", "category", "description", "amountCents", "originalCents", "updatedAt")
SELECT gen_random_uuid(), project_id, position, category, description,
       (base + CASE WHEN total > awarded AND rank <= leftover THEN 1 ELSE 0 END)::bigint,
       (base + CASE WHEN total > awarded AND rank <= leftover THEN 1 ELSE 0 END)::bigint,
       CURRENT_TIMESTAMP
FROM ranked;
