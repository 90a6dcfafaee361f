-- CreateEnum
CREATE TYPE "SlackDeliveryMode" AS ENUM ('BOT', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'DISCARDED');

-- CreateEnum
CREATE TYPE "TicketStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "NotificationSettings" (
    "organizationId" UUID NOT NULL,
    "slackEnabled" BOOLEAN NOT NULL DEFAULT false,
    "slackMode" "SlackDeliveryMode" NOT NULL DEFAULT 'BOT',
    "slackChannel" TEXT,
    "slackIntegrationId" UUID,
    "slackWebhookCiphertext" TEXT,
    "slackMinSeverity" TEXT NOT NULL DEFAULT 'high',
    "digestEnabled" BOOLEAN NOT NULL DEFAULT false,
    "digestTime" TEXT NOT NULL DEFAULT '09:00',
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "jiraEnabled" BOOLEAN NOT NULL DEFAULT false,
    "jiraIntegrationId" UUID,
    "jiraProjectKey" TEXT,
    "jiraIssueType" TEXT NOT NULL DEFAULT 'Task',
    "jiraMinSeverity" TEXT NOT NULL DEFAULT 'high',
    "jiraLabels" TEXT[] DEFAULT ARRAY['kushim']::TEXT[],
    "jiraLastError" TEXT,
    "jiraSyncLeaseUntil" TIMESTAMPTZ(3),
    "slaDays" JSONB NOT NULL,
    "inconclusiveAlertHours" INTEGER NOT NULL DEFAULT 24,
    "updatedById" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationSettings_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "ControlTransition" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "controlId" TEXT NOT NULL,
    "fromStatus" "ControlStatusValue" NOT NULL,
    "toStatus" "ControlStatusValue" NOT NULL,
    "cause" TEXT NOT NULL,
    "runId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ControlTransition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckState" (
    "organizationId" UUID NOT NULL,
    "checkId" TEXT NOT NULL,
    "status" "CheckResultStatus" NOT NULL,
    "failingSince" TIMESTAMPTZ(3),
    "inconclusiveSince" TIMESTAMPTZ(3),
    "inconclusiveAlerted" BOOLEAN NOT NULL DEFAULT false,
    "failingResources" TEXT[],
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CheckState_pkey" PRIMARY KEY ("organizationId","checkId")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RemediationTicket" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "checkId" TEXT NOT NULL,
    "integrationId" UUID NOT NULL,
    "issueKey" TEXT NOT NULL,
    "issueId" TEXT NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'OPEN',
    "failingResources" TEXT[],
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "lastSyncedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RemediationTicket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ControlTransition_organizationId_occurredAt_idx" ON "ControlTransition"("organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "ControlTransition_organizationId_controlId_occurredAt_idx" ON "ControlTransition"("organizationId", "controlId", "occurredAt");

-- CreateIndex
CREATE INDEX "CheckState_organizationId_status_idx" ON "CheckState"("organizationId", "status");

-- CreateIndex
CREATE INDEX "OutboxMessage_organizationId_status_createdAt_idx" ON "OutboxMessage"("organizationId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_organizationId_dedupeKey_key" ON "OutboxMessage"("organizationId", "dedupeKey");

-- CreateIndex
CREATE INDEX "RemediationTicket_organizationId_checkId_idx" ON "RemediationTicket"("organizationId", "checkId");

-- CreateIndex
CREATE INDEX "RemediationTicket_organizationId_status_idx" ON "RemediationTicket"("organizationId", "status");

-- AddForeignKey
ALTER TABLE "NotificationSettings" ADD CONSTRAINT "NotificationSettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ControlTransition" ADD CONSTRAINT "ControlTransition_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckState" ADD CONSTRAINT "CheckState_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RemediationTicket" ADD CONSTRAINT "RemediationTicket_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------------------
-- Hand-written SQL below this line (the schema engine does not manage it): row-level security for a new
-- tenant-owned table, grants to kushim_app, triggers. Checklist: docs/database.md.
-- ---------------------------------------------------------------------------------------------------------------
GRANT SELECT, INSERT, UPDATE, DELETE ON "NotificationSettings", "CheckState", "OutboxMessage", "RemediationTicket"
  TO kushim_app;
-- Transitions are history: the app may only add and read them.
GRANT SELECT, INSERT ON "ControlTransition" TO kushim_app;

ALTER TABLE "NotificationSettings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NotificationSettings" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ControlTransition" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ControlTransition" FORCE ROW LEVEL SECURITY;
ALTER TABLE "CheckState" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CheckState" FORCE ROW LEVEL SECURITY;
ALTER TABLE "OutboxMessage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxMessage" FORCE ROW LEVEL SECURITY;
ALTER TABLE "RemediationTicket" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RemediationTicket" FORCE ROW LEVEL SECURITY;

CREATE POLICY notification_settings_tenant ON "NotificationSettings" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY control_transition_tenant ON "ControlTransition" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY check_state_tenant ON "CheckState" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY outbox_message_tenant ON "OutboxMessage" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);
CREATE POLICY remediation_ticket_tenant ON "RemediationTicket" FOR ALL
  USING ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid)
  WITH CHECK ("organizationId" = nullif(current_setting('app.org_id', true), '')::uuid);

-- Never two open tickets for the same check in one organization.
CREATE UNIQUE INDEX "RemediationTicket_one_open_per_check"
  ON "RemediationTicket" ("organizationId", "checkId") WHERE "status" = 'OPEN';

CREATE TRIGGER control_transition_append_only
  BEFORE UPDATE OR DELETE ON "ControlTransition"
  FOR EACH ROW EXECUTE FUNCTION kushim_refuse_append_only_change();
