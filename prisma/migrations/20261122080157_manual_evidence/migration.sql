-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "controlId" TEXT,
ADD COLUMN     "validFrom" TIMESTAMPTZ(3),
ADD COLUMN     "validUntil" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Evidence_organizationId_controlId_idx" ON "Evidence"("organizationId", "controlId");

-- CreateIndex
CREATE INDEX "Evidence_validUntil_idx" ON "Evidence"("validUntil");

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written SQL below this line (the schema engine does not manage it): row-level security for a new
-- tenant-owned table, grants to kushim_app, triggers. Checklist: docs/database.md.
-- ---------------------------------------------------------------------------------------------------------------
-- Nothing: Evidence already has row-level security, kushim_app grants and its append-only trigger.
