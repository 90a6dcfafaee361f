'use client';

import { PageHeader } from '@/components/page/page-header';
import { useOrg } from '@/lib/org/org-context';
import { CriteriaBreakdown } from './criteria-breakdown';
import { FailingControls } from './failing-controls';
import { IntegrationHealth } from './integration-health';
import { OverdueItems } from './overdue-items';
import { RunStatus } from './run-status';
import { ScoreCard } from './score-card';
import { ScoreTrend } from './score-trend';

/**
 * The compliance manager's morning page. Each widget owns one query (score, score history, checks, integrations,
 * runs) and they all start at once: no request waits for another.
 */
export function Overview() {
  const { organizationName } = useOrg();
  return (
    <>
      <PageHeader
        title="Overview"
        description={`How ${organizationName} stands against SOC 2 today: score, what fails, what is overdue, and whether collection is healthy.`}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <ScoreCard />
        <ScoreTrend />
        <RunStatus />
        <FailingControls />
        <OverdueItems />
        <CriteriaBreakdown />
        <IntegrationHealth />
      </div>
    </>
  );
}
