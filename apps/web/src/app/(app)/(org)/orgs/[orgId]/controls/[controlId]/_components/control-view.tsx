'use client';

import { ArrowLeft } from 'lucide-react';
import Link from 'next/link';

import { ErrorState } from '@/components/page/error-state';
import { LoadingBlock } from '@/components/page/loading-block';
import { PageHeader } from '@/components/page/page-header';
import { ControlStatusBadge } from '@/components/status/status-badges';
import { RequestError } from '@/lib/api/request-error';
import { orgPath, useOrg } from '@/lib/org/org-context';
import { useControl } from '@/lib/queries/controls';
import { CheckResults } from './check-results';
import { ControlAbout } from './control-about';
import { ControlComments } from './control-comments';
import { ControlExceptions } from './control-exceptions';
import { ControlHistory } from './control-history';
import { ManualEvidenceSection } from './manual-evidence-section';

export function ControlView({ controlId }: { controlId: string }) {
  const { orgId } = useOrg();
  const control = useControl(orgId, controlId);
  return (
    <>
      <Link
        href={orgPath(orgId, 'controls')}
        className="mb-3 inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft className="size-4" aria-hidden /> Controls
      </Link>
      {control.isPending ? (
        <LoadingBlock rows={8} label="Loading the control" />
      ) : control.isError ? (
        <ErrorState
          error={control.error}
          title={
            control.error instanceof RequestError && control.error.status === 404
              ? 'No such control'
              : undefined
          }
          onRetry={() => void control.refetch()}
        />
      ) : (
        <>
          <PageHeader
            title={
              <span className="flex flex-wrap items-center gap-3">
                <span className="font-mono text-base text-muted-foreground">{control.data.id}</span>
                {control.data.title}
              </span>
            }
            description={control.data.category}
            actions={
              <span data-testid="control-status">
                <ControlStatusBadge status={control.data.status} />
              </span>
            }
          />
          <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
            <div className="grid min-w-0 content-start gap-6">
              <CheckResults control={control.data} />
              <ControlExceptions control={control.data} />
              <ManualEvidenceSection control={control.data} />
            </div>
            <div className="grid content-start gap-6">
              <ControlAbout control={control.data} />
              <ControlHistory controlId={control.data.id} />
              <ControlComments controlId={control.data.id} />
            </div>
          </div>
        </>
      )}
    </>
  );
}
