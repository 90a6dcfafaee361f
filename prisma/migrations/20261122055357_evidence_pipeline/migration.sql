-- CreateEnum
CREATE TYPE "CheckResultStatus" AS ENUM ('PASS', 'FAIL', 'INCONCLUSIVE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "IntegrationStatus" AS ENUM ('CONNECTED', 'ERROR', 'DISABLED');

-- CreateEnum
CREATE TYPE "RunTrigger" AS ENUM ('MANUAL', 'SCHEDULED');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "RunStepState" AS ENUM ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "CheckResult" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "checkId" TEXT NOT NULL,
    "status" "CheckResultStatus" NOT NULL,
    "findings" JSONB NOT NULL,
    "evidenceIds" UUID[],
    "missingEvidence" TEXT[],
    "evaluatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreSnapshot" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "framework" TEXT NOT NULL DEFAULT 'SOC2',
    "score" DOUBLE PRECISION NOT NULL,
    "passing" INTEGER NOT NULL,
    "failing" INTEGER NOT NULL,
    "needsEvidence" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL,
    "byCriterion" JSONB NOT NULL,
    "runId" UUID,
    "computedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ScoreSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Exception" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "checkId" TEXT NOT NULL,
    "resourceId" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "approvedById" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Exception_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "integrationId" UUID,
    "runId" UUID,
    "kind" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "collectedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RunEvidence" (
    "organizationId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "evidenceId" UUID NOT NULL,
    "integrationId" UUID,
    "kind" TEXT NOT NULL,
    "collectedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RunEvidence_pkey" PRIMARY KEY ("runId","evidenceId")
);

-- CreateTable
CREATE TABLE "Integration" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "provider" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "settings" JSONB NOT NULL,
    "secretCiphertext" TEXT NOT NULL,
    "status" "IntegrationStatus" NOT NULL DEFAULT 'CONNECTED',
    "lastError" TEXT,
    "lastCollectedAt" TIMESTAMPTZ(3),
    "scheduleEveryHours" INTEGER NOT NULL DEFAULT 6,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Integration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionRun" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "trigger" "RunTrigger" NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'QUEUED',
    "requestedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMPTZ(3),
    "evaluatedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "error" TEXT,

    CONSTRAINT "CollectionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollectionRunStep" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "integrationId" UUID NOT NULL,
    "state" "RunStepState" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "evidenceCount" INTEGER NOT NULL DEFAULT 0,
    "newEvidenceCount" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CollectionRunStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckResult_organizationId_checkId_evaluatedAt_idx" ON "CheckResult"("organizationId", "checkId", "evaluatedAt");

-- CreateIndex
CREATE INDEX "CheckResult_organizationId_evaluatedAt_idx" ON "CheckResult"("organizationId", "evaluatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CheckResult_runId_checkId_key" ON "CheckResult"("runId", "checkId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreSnapshot_organizationId_day_key" ON "ScoreSnapshot"("organizationId", "day");

-- CreateIndex
CREATE INDEX "Exception_organizationId_checkId_resourceId_idx" ON "Exception"("organizationId", "checkId", "resourceId");

-- CreateIndex
CREATE INDEX "Exception_organizationId_expiresAt_idx" ON "Exception"("organizationId", "expiresAt");

-- CreateIndex
CREATE INDEX "Exception_organizationId_createdAt_idx" ON "Exception"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_collectedAt_idx" ON "Evidence"("organizationId", "collectedAt");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_kind_collectedAt_idx" ON "Evidence"("organizationId", "kind", "collectedAt");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_integrationId_collectedAt_idx" ON "Evidence"("organizationId", "integrationId", "collectedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_organizationId_integrationId_kind_contentHash_key" ON "Evidence"("organizationId", "integrationId", "kind", "contentHash");

-- CreateIndex
CREATE INDEX "RunEvidence_organizationId_evidenceId_idx" ON "RunEvidence"("organizationId", "evidenceId");

-- CreateIndex
CREATE INDEX "Integration_organizationId_createdAt_idx" ON "Integration"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Integration_organizationId_provider_idx" ON "Integration"("organizationId", "provider");

-- CreateIndex
CREATE INDEX "Integration_organizationId_status_idx" ON "Integration"("organizationId", "status");

-- CreateIndex
CREATE INDEX "CollectionRun_organizationId_createdAt_idx" ON "CollectionRun"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "CollectionRun_organizationId_status_idx" ON "CollectionRun"("organizationId", "status");

-- CreateIndex
CREATE INDEX "CollectionRunStep_organizationId_integrationId_idx" ON "CollectionRunStep"("organizationId", "integrationId");

-- CreateIndex
CREATE UNIQUE INDEX "CollectionRunStep_runId_integrationId_key" ON "CollectionRunStep"("runId", "integrationId");

-- AddForeignKey
ALTER TABLE "CheckResult" ADD CONSTRAINT "CheckResult_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckResult" ADD CONSTRAINT "CheckResult_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CollectionRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreSnapshot" ADD CONSTRAINT "ScoreSnapshot_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Exception" ADD CONSTRAINT "Exception_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunEvidence" ADD CONSTRAINT "RunEvidence_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunEvidence" ADD CONSTRAINT "RunEvidence_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CollectionRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RunEvidence" ADD CONSTRAINT "RunEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Integration" ADD CONSTRAINT "Integration_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionRun" ADD CONSTRAINT "CollectionRun_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionRunStep" ADD CONSTRAINT "CollectionRunStep_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionRunStep" ADD CONSTRAINT "CollectionRunStep_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CollectionRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollectionRunStep" ADD CONSTRAINT "CollectionRunStep_integrationId_fkey" FOREIGN KEY ("integrationId") REFERENCES "Integration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written SQL below this line (the schema engine does not manage it): row-level security for a new
-- tenant-owned table, grants to kushim_app, triggers. Checklist: docs/database.md.
-- ---------------------------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON "Integration", "CollectionRun", "CollectionRunStep", "RunEvidence",
  "CheckResult", "ScoreSnapshot", "Exception" TO kushim_app;
-- Evidence is immutable: the app may only add and read it.
GRANT SELECT, INSERT ON "Evidence" TO kushim_app;

ALTER TABLE "Integration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Integration" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CollectionRun" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CollectionRun" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CollectionRunStep" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CollectionRunStep" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Evidence" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Evidence" FORCE ROW LEVEL SECURITY;
ALTER TABLE "RunEvidence" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RunEvidence" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CheckResult" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CheckResult" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ScoreSnapshot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ScoreSnapshot" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Exception" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Exception" FORCE ROW LEVEL SECURITY;

-- Every pipeline table: the tenant's rows only, for every command.
CREATE POLICY integration_tenant ON "Integration" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY collection_run_tenant ON "CollectionRun" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY collection_run_step_tenant ON "CollectionRunStep" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY evidence_tenant ON "Evidence" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY run_evidence_tenant ON "RunEvidence" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY check_result_tenant ON "CheckResult" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY score_snapshot_tenant ON "ScoreSnapshot" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY exception_tenant ON "Exception" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- Evidence is immutable for every role, the owner included (retention jobs, when they exist, will run with
-- session_replication_role = replica on purpose).
CREATE TRIGGER evidence_append_only
  BEFORE UPDATE OR DELETE ON "Evidence"
  FOR EACH ROW EXECUTE FUNCTION kushim_refuse_append_only_change();
CREATE TRIGGER evidence_no_truncate
  BEFORE TRUNCATE ON "Evidence"
  FOR EACH STATEMENT EXECUTE FUNCTION kushim_refuse_append_only_change();
