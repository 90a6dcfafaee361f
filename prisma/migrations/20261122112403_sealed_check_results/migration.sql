-- AlterTable
ALTER TABLE "CheckResult" ADD COLUMN     "inputs" JSONB,
ADD COLUMN     "sha256" TEXT;

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written SQL below this line (the schema engine does not manage it): row-level security for a new
-- tenant-owned table, grants to kushim_app, triggers. Checklist: docs/database.md.
-- ---------------------------------------------------------------------------------------------------------------
