-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorType" AS ENUM ('USER', 'API_KEY', 'SYSTEM');

-- CreateEnum
CREATE TYPE "ControlStatusValue" AS ENUM ('PASSING', 'FAILING', 'NEEDS_EVIDENCE', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER');

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "actorType" "ActorType" NOT NULL,
    "actorId" TEXT,
    "actorLabel" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "requestId" TEXT,
    "ip" TEXT,
    "payload" JSONB NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerCheckpoint" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "prevSignature" TEXT,

    CONSTRAINT "LedgerCheckpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "spentAt" TIMESTAMPTZ(3),
    "replacedById" UUID,
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,

    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "membershipExpiresAt" TIMESTAMPTZ(3),
    "tokenHash" TEXT NOT NULL,
    "invitedById" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "acceptedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "family" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "inScope" BOOLEAN NOT NULL DEFAULT true,
    "outOfScopeReason" TEXT,

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Control" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "testProcedure" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "defaultOwnerRole" "Role" NOT NULL,
    "category" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "Control_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ControlCriterion" (
    "controlId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,

    CONSTRAINT "ControlCriterion_pkey" PRIMARY KEY ("controlId","criterionId")
);

-- CreateTable
CREATE TABLE "ControlStatus" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "controlId" TEXT NOT NULL,
    "status" "ControlStatusValue" NOT NULL DEFAULT 'NEEDS_EVIDENCE',
    "ownerUserId" UUID,
    "applicabilityReason" TEXT,
    "notes" TEXT,
    "failingChecks" INTEGER NOT NULL DEFAULT 0,
    "passingChecks" INTEGER NOT NULL DEFAULT 0,
    "evaluatedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ControlStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_action_seq_idx" ON "AuditEvent"("organizationId", "action", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_actorId_seq_idx" ON "AuditEvent"("organizationId", "actorId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_occurredAt_idx" ON "AuditEvent"("organizationId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_organizationId_seq_key" ON "AuditEvent"("organizationId", "seq");

-- CreateIndex
CREATE INDEX "LedgerCheckpoint_organizationId_signedAt_idx" ON "LedgerCheckpoint"("organizationId", "signedAt");

-- CreateIndex
CREATE INDEX "LedgerCheckpoint_organizationId_seq_idx" ON "LedgerCheckpoint"("organizationId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RefreshToken_familyId_idx" ON "RefreshToken"("familyId");

-- CreateIndex
CREATE INDEX "RefreshToken_userId_idx" ON "RefreshToken"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");

-- CreateIndex
CREATE INDEX "ApiKey_organizationId_createdAt_idx" ON "ApiKey"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_organizationId_createdAt_idx" ON "Invitation"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_organizationId_email_idx" ON "Invitation"("organizationId", "email");

-- CreateIndex
CREATE INDEX "Criterion_frameworkId_sortOrder_idx" ON "Criterion"("frameworkId", "sortOrder");

-- CreateIndex
CREATE INDEX "ControlCriterion_criterionId_idx" ON "ControlCriterion"("criterionId");

-- CreateIndex
CREATE INDEX "ControlStatus_organizationId_status_idx" ON "ControlStatus"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ControlStatus_organizationId_controlId_key" ON "ControlStatus"("organizationId", "controlId");

-- CreateIndex
CREATE INDEX "Membership_organizationId_role_idx" ON "Membership"("organizationId", "role");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organizationId_userId_key" ON "Membership"("organizationId", "userId");

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerCheckpoint" ADD CONSTRAINT "LedgerCheckpoint_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlCriterion" ADD CONSTRAINT "ControlCriterion_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlCriterion" ADD CONSTRAINT "ControlCriterion_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlStatus" ADD CONSTRAINT "ControlStatus_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlStatus" ADD CONSTRAINT "ControlStatus_controlId_fkey" FOREIGN KEY ("controlId") REFERENCES "Control"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ===============================================================================================================
-- Hand-written SQL (the schema engine does not manage roles, grants, row-level security or triggers).
-- Why and how: docs/database.md. Everything here is written to be safe when many databases on one server run it,
-- concurrently (test databases): roles are cluster-wide, everything else is per database.
-- ===============================================================================================================

-- ---------------------------------------------------------------------------------------------------------------
-- 1. The application role. Every request and every per-tenant job step connects as kushim_app (DATABASE_APP_URL).
--    NOBYPASSRLS: row-level security always applies to it. It owns nothing, so FORCE below is about the owner.
--    No password here: set one per environment (ALTER ROLE kushim_app PASSWORD '…'); locally, trust auth.
-- ---------------------------------------------------------------------------------------------------------------
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'kushim_app') THEN
    CREATE ROLE kushim_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
EXCEPTION
  -- Another database's migration created it between our check and our CREATE.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;

DO $$
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO kushim_app', current_database());
END
$$;
GRANT USAGE ON SCHEMA "public" TO kushim_app;

-- ---------------------------------------------------------------------------------------------------------------
-- 2. Grants, table by table (no default privileges: a new table is invisible to the app until granted here).
--    Nothing on _prisma_migrations.
-- ---------------------------------------------------------------------------------------------------------------
-- Catalog (global, seeded by the owner): read-only.
GRANT SELECT ON "Framework", "Criterion", "Control", "ControlCriterion" TO kushim_app;
-- Append-only ledger: the app may add and read, never change or remove (the triggers in 5. also stop the owner).
GRANT SELECT, INSERT ON "AuditEvent", "LedgerCheckpoint" TO kushim_app;
-- Global (not tenant-owned) tables.
GRANT SELECT, INSERT, UPDATE, DELETE ON "User", "RefreshToken" TO kushim_app;
-- Tenant-owned tables (row-level security below).
GRANT SELECT, INSERT, UPDATE, DELETE ON "Organization", "Membership", "ApiKey", "Invitation", "ControlStatus" TO kushim_app;

-- ---------------------------------------------------------------------------------------------------------------
-- 3. Row-level security on every tenant-owned table. ENABLE applies it to kushim_app; FORCE applies it to the
--    table owner too (superusers and BYPASSRLS roles, i.e. the migrator, still bypass it).
-- ---------------------------------------------------------------------------------------------------------------
ALTER TABLE "Organization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Organization" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiKey" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
ALTER TABLE "LedgerCheckpoint" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LedgerCheckpoint" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ControlStatus" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ControlStatus" FORCE ROW LEVEL SECURITY;

-- ---------------------------------------------------------------------------------------------------------------
-- 4. Policies. The scope is set per transaction by withScope/withTenant (packages/db/src/scope.ts):
--      app.org_id             the tenant of the unit of work
--      app.user_id            the signed-in person (to list their organizations and memberships)
--      app.api_key_hash       SHA-256 of a presented API key (to resolve it before its org is known)
--      app.invite_token_hash  SHA-256 of a presented invitation token (to resolve it before accepting)
--    current_setting(…, true) is NULL when never set and '' after a transaction that set it ended; nullif(…, '')
--    turns both into NULL, and a comparison with NULL is never true: no scope, no rows.
-- ---------------------------------------------------------------------------------------------------------------

-- Organization: your tenant, or any organization you are a member of (read only for the latter). The Membership
-- subquery is itself filtered by Membership's policy (userId = app.user_id), which does not refer back here.
CREATE POLICY organization_select ON "Organization" FOR SELECT
  USING (
    "id" = nullif(current_setting('app.org_id', true), '')::uuid
    OR EXISTS (
      SELECT 1 FROM "Membership" m
      WHERE m."organizationId" = "Organization"."id"
        AND m."userId" = nullif(current_setting('app.user_id', true), '')::uuid
    )
  );
CREATE POLICY organization_insert ON "Organization" FOR INSERT
  WITH CHECK ("id" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY organization_update ON "Organization" FOR UPDATE
  USING ("id" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("id" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY organization_delete ON "Organization" FOR DELETE
  USING ("id" = nullif(current_setting('app.org_id', true), '')::uuid);

-- Membership: the tenant's members, or your own memberships in any organization; writes only within the tenant.
CREATE POLICY membership_select ON "Membership" FOR SELECT
  USING (
    "organizationId" = nullif(current_setting('app.org_id', true), '')::uuid
    OR "userId" = nullif(current_setting('app.user_id', true), '')::uuid
  );
CREATE POLICY membership_insert ON "Membership" FOR INSERT
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY membership_update ON "Membership" FOR UPDATE
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY membership_delete ON "Membership" FOR DELETE
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- ApiKey: the tenant's keys, or the one key whose hash was presented (authentication); writes within the tenant.
CREATE POLICY api_key_select ON "ApiKey" FOR SELECT
  USING (
    "organizationId" = nullif(current_setting('app.org_id', true), '')::uuid
    OR "keyHash" = nullif(current_setting('app.api_key_hash', true), '')
  );
CREATE POLICY api_key_insert ON "ApiKey" FOR INSERT
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY api_key_update ON "ApiKey" FOR UPDATE
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY api_key_delete ON "ApiKey" FOR DELETE
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- Invitation: the tenant's invitations, or the one whose token hash was presented (acceptance); writes within the tenant.
CREATE POLICY invitation_select ON "Invitation" FOR SELECT
  USING (
    "organizationId" = nullif(current_setting('app.org_id', true), '')::uuid
    OR "tokenHash" = nullif(current_setting('app.invite_token_hash', true), '')
  );
CREATE POLICY invitation_insert ON "Invitation" FOR INSERT
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY invitation_update ON "Invitation" FOR UPDATE
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY invitation_delete ON "Invitation" FOR DELETE
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- AuditEvent, LedgerCheckpoint: the tenant's rows only; read and append (no UPDATE/DELETE grant, no policy for them).
CREATE POLICY audit_event_select ON "AuditEvent" FOR SELECT
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY audit_event_insert ON "AuditEvent" FOR INSERT
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY ledger_checkpoint_select ON "LedgerCheckpoint" FOR SELECT
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY ledger_checkpoint_insert ON "LedgerCheckpoint" FOR INSERT
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- ControlStatus: the tenant's rows only, for every command.
CREATE POLICY control_status_tenant ON "ControlStatus" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- ---------------------------------------------------------------------------------------------------------------
-- 5. Append-only ledger tables: UPDATE, DELETE and TRUNCATE are refused for every role, the owner included.
--    SQLSTATE KS001 lets code and tests recognise the refusal. (A superuser can still get around it with
--    session_replication_role = replica; that is what tamper tests do, and what `verify` exists to detect.)
-- ---------------------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION kushim_refuse_append_only_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% on "%" refused: the table is append-only', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'KS001', HINT = 'Audit events and ledger checkpoints are never changed or removed.';
END
$$;

CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION kushim_refuse_append_only_change();
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION kushim_refuse_append_only_change();
CREATE TRIGGER ledger_checkpoint_append_only
  BEFORE UPDATE OR DELETE ON "LedgerCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION kushim_refuse_append_only_change();
CREATE TRIGGER ledger_checkpoint_no_truncate
  BEFORE TRUNCATE ON "LedgerCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION kushim_refuse_append_only_change();
