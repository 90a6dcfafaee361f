'use client';

import {
  ConnectionTestSchema,
  IntegrationSchema,
  type ConnectionTest,
  type IntegrationView,
} from '@kushim/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CircleCheck, TriangleAlert } from 'lucide-react';
import { toast } from 'sonner';

import { Alert, AlertDescription, AlertTitle } from '@kushim/ui/components/alert';
import { Button } from '@kushim/ui/components/button';
import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from '@kushim/ui/components/card';

import { IntegrationStatusBadge } from '@/components/status/integration-status-badge';
import { apiRequest } from '@/lib/api/api-client';
import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { integrationsKey } from '@/lib/queries/integrations';
import { DeleteIntegrationDialog } from './delete-integration-dialog';

/** One connected provider: its health, the last error in the provider's words, and the manager's actions. */
export function IntegrationCard({
  integration,
  providerName,
}: {
  integration: IntegrationView;
  providerName: string;
}) {
  const { orgId, can } = useOrg();
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: () =>
      apiRequest(`/orgs/${orgId}/integrations/${integration.id}/test`, {
        method: 'POST',
        body: {},
        schema: ConnectionTestSchema,
      }),
  });
  const toggle = useMutation({
    mutationFn: (status: 'CONNECTED' | 'DISABLED') =>
      apiRequest(`/orgs/${orgId}/integrations/${integration.id}`, {
        method: 'PATCH',
        body: { status },
        schema: IntegrationSchema,
      }),
    onSuccess: async (updated) => {
      toast.success(updated.status === 'DISABLED' ? `${updated.name} paused` : `${updated.name} enabled`);
      await queryClient.invalidateQueries({ queryKey: integrationsKey(orgId) });
    },
    onError: (error) => toast.error(error.message),
  });
  return (
    <Card
      data-testid="integration-card"
      data-provider={integration.provider}
      data-status={integration.status}
    >
      <CardHeader>
        <div className="flex items-start justify-between gap-2">
          <div className="grid gap-1.5">
            <CardTitle asChild>
              <h3>{integration.name}</h3>
            </CardTitle>
            <CardDescription>{providerName}</CardDescription>
          </div>
          <IntegrationStatusBadge status={integration.status} />
        </div>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <dl className="grid grid-cols-2 gap-2">
          <div>
            <dt className="text-xs text-muted-foreground">Last collected</dt>
            <dd>{formatDateTime(integration.lastCollectedAt)}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Schedule</dt>
            <dd>Every {integration.scheduleEveryHours} h</dd>
          </div>
        </dl>
        {integration.lastError ? (
          <Alert variant="destructive" data-testid="integration-last-error">
            <TriangleAlert aria-hidden />
            <AlertTitle>Last error</AlertTitle>
            <AlertDescription>{integration.lastError}</AlertDescription>
          </Alert>
        ) : null}
        {test.data ? <TestResult result={test.data} /> : null}
        {test.error ? (
          <Alert variant="destructive">
            <AlertDescription>{test.error.message}</AlertDescription>
          </Alert>
        ) : null}
      </CardContent>
      {can.write ? (
        <CardFooter className="flex flex-wrap gap-2">
          <Button
            variant="outline"
            size="sm"
            onClick={() => test.mutate()}
            disabled={test.isPending}
            aria-label={`Test connection of ${integration.name}`}
          >
            {test.isPending ? 'Testing…' : 'Test connection'}
          </Button>
          <Button
            variant="ghost"
            size="sm"
            onClick={() => toggle.mutate(integration.status === 'DISABLED' ? 'CONNECTED' : 'DISABLED')}
            disabled={toggle.isPending}
          >
            {integration.status === 'DISABLED' ? 'Enable' : 'Pause collection'}
          </Button>
          <DeleteIntegrationDialog integration={integration} />
        </CardFooter>
      ) : null}
    </Card>
  );
}

/** The live test's verdict, with each missing permission named so the customer can grant exactly that. */
function TestResult({ result }: { result: ConnectionTest }) {
  return (
    <Alert
      variant={result.ok ? 'default' : 'destructive'}
      data-testid="connection-test-result"
      data-ok={result.ok}
    >
      {result.ok ? <CircleCheck aria-hidden /> : <TriangleAlert aria-hidden />}
      <AlertTitle>{result.ok ? 'Connection works' : 'Connection failed'}</AlertTitle>
      <AlertDescription>
        <p>{result.message}</p>
        {result.missingPermissions.length > 0 ? (
          <>
            <p>Grant these permissions to the credentials:</p>
            <ul className="list-disc pl-5 font-mono text-xs">
              {result.missingPermissions.map((permission) => (
                <li key={permission}>{permission}</li>
              ))}
            </ul>
          </>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
