-- CreateEnum
CREATE TYPE "AuditExportStatus" AS ENUM ('QUEUED', 'BUILDING', 'READY', 'FAILED');

-- AlterTable
ALTER TABLE "Invitation" ADD COLUMN     "auditWindowFrom" TIMESTAMPTZ(3),
ADD COLUMN     "auditWindowTo" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "auditWindowFrom" TIMESTAMPTZ(3),
ADD COLUMN     "auditWindowTo" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "AuditExport" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "periodFrom" TIMESTAMPTZ(3) NOT NULL,
    "periodTo" TIMESTAMPTZ(3) NOT NULL,
    "status" "AuditExportStatus" NOT NULL DEFAULT 'QUEUED',
    "requestedById" TEXT,
    "requestedBy" TEXT,
    "storageKey" TEXT,
    "sizeBytes" INTEGER,
    "sha256" TEXT,
    "fileCount" INTEGER,
    "firstSeq" INTEGER,
    "lastSeq" INTEGER,
    "error" TEXT,
    "buildMillis" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AuditExport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditExport_organizationId_createdAt_idx" ON "AuditExport"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "AuditExport" ADD CONSTRAINT "AuditExport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written SQL below this line (the schema engine does not manage it): row-level security for a new
-- tenant-owned table, grants to kushim_app, triggers. Checklist: docs/database.md.
-- ---------------------------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE ON "AuditExport" TO kushim_app;

ALTER TABLE "AuditExport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditExport" FORCE ROW LEVEL SECURITY;

CREATE POLICY audit_export_tenant ON "AuditExport" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

