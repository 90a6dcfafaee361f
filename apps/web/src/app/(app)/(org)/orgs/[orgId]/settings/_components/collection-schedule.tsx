'use client';

import { IntegrationSchema, type IntegrationView } from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CalendarClock } from 'lucide-react';
import Link from 'next/link';
import { toast } from 'sonner';

import { NativeSelect } from '@kushim/ui/components/native-select';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@kushim/ui/components/table';

import { EmptyState } from '@/components/page/empty-state';
import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { IntegrationStatusBadge } from '@/components/status/integration-status-badge';
import { apiRequest } from '@/lib/api/api-client';
import { formatDateTime, formatRelative } from '@/lib/format/dates';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { integrationsKey, useIntegrations } from '@/lib/queries/integrations';
import { runsKey, useRuns } from '@/lib/queries/runs';

import { SettingsSection } from './settings-form-parts';

const INTERVALS = [1, 2, 4, 6, 12, 24, 48, 168];

/** How often each integration is collected; the organization's sweep follows the shortest interval. */
export function CollectionSchedule() {
  const { orgId, can } = useOrg();
  const integrations = useIntegrations(orgId);
  const runs = useRuns(orgId, 1);
  return (
    <SettingsSection
      title="Collection schedule"
      description={
        <>
          Kushim sweeps every enabled integration at the shortest interval below.
          {runs.data?.schedule ? (
            <>
              {' '}
              Next sweep{' '}
              <time
                dateTime={runs.data.schedule.nextRunAt}
                title={formatDateTime(runs.data.schedule.nextRunAt)}
              >
                {formatRelative(runs.data.schedule.nextRunAt)}
              </time>
              .
            </>
          ) : null}
        </>
      }
    >
      {integrations.isPending ? (
        <LoadingBlock rows={3} label="Loading integrations" />
      ) : integrations.isError ? (
        <ErrorState error={integrations.error} onRetry={() => void integrations.refetch()} />
      ) : integrations.data.items.length === 0 ? (
        <EmptyState icon={CalendarClock} title="Nothing to schedule">
          {can.write ? (
            <Link className="underline" href={orgPath(orgId, 'integrations')}>
              Connect an integration first.
            </Link>
          ) : (
            'No integration is connected yet.'
          )}
        </EmptyState>
      ) : (
        <Table aria-label="Collection schedule per integration">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">Integration</TableHead>
              <TableHead scope="col">Status</TableHead>
              <TableHead scope="col">Last collected</TableHead>
              <TableHead scope="col">Every</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {integrations.data.items.map((integration) => (
              <TableRow key={integration.id} data-testid="schedule-row">
                <TableCell className="font-medium">{integration.name}</TableCell>
                <TableCell>
                  <IntegrationStatusBadge status={integration.status} />
                </TableCell>
                <TableCell className="text-xs">{formatDateTime(integration.lastCollectedAt)}</TableCell>
                <TableCell>
                  {can.write ? (
                    <IntervalSelect integration={integration} />
                  ) : (
                    <span className="text-sm">{integration.scheduleEveryHours} h</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </SettingsSection>
  );
}

function IntervalSelect({ integration }: { integration: IntegrationView }) {
  const { orgId } = useOrg();
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (hours: number) =>
      apiRequest(`/orgs/${orgId}/integrations/${integration.id}`, {
        method: 'PATCH',
        body: { scheduleEveryHours: hours },
        schema: IntegrationSchema,
      }),
    onSuccess: async (updated) => {
      toast.success(`${updated.name}: every ${updated.scheduleEveryHours} h`);
      await queryClient.invalidateQueries({ queryKey: integrationsKey(orgId) });
      await queryClient.invalidateQueries({ queryKey: runsKey(orgId) });
    },
    onError: (error) => toast.error(error.message),
  });
  const options = [...new Set([...INTERVALS, integration.scheduleEveryHours])].sort((a, b) => a - b);
  return (
    <NativeSelect
      aria-label={`Collection interval of ${integration.name}`}
      className="w-32"
      value={String(integration.scheduleEveryHours)}
      disabled={update.isPending}
      onChange={(event) => update.mutate(Number(event.target.value))}
    >
      {options.map((hours) => (
        <option key={hours} value={hours}>
          {hours === 168
            ? '1 week'
            : hours >= 24
              ? `${hours / 24} day${hours === 24 ? '' : 's'}`
              : `${hours} h`}
        </option>
      ))}
    </NativeSelect>
  );
}
