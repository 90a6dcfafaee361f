'use client';

import type { ControlDetail } from '@kushim/contracts';

import { Card, CardContent, CardHeader, CardTitle } from '@kushim/ui/components/card';

import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';
import { useMemberNames } from '@/lib/queries/members';

const ROLE_LABEL: Record<ControlDetail['defaultOwnerRole'], string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  COMPLIANCE_MANAGER: 'Compliance manager',
};

/** What the control asks for, how it is tested, who owns it and which criteria it meets. */
export function ControlAbout({ control }: { control: ControlDetail }) {
  const { orgId } = useOrg();
  const names = useMemberNames(orgId);
  const owner = control.ownerUserId
    ? (names.data?.get(control.ownerUserId) ?? 'A former member')
    : `${ROLE_LABEL[control.defaultOwnerRole]} (default)`;
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>About this control</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <p>{control.description}</p>
        <dl className="grid grid-cols-2 gap-3">
          <div className="col-span-2">
            <dt className="text-xs text-muted-foreground">Test procedure</dt>
            <dd>{control.testProcedure}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Owner</dt>
            <dd>{owner}</dd>
          </div>
          <div>
            <dt className="text-xs text-muted-foreground">Frequency</dt>
            <dd className="capitalize">{control.frequency}</dd>
          </div>
          <div className="col-span-2">
            <dt className="text-xs text-muted-foreground">Last evaluated</dt>
            <dd>{formatDateTime(control.evaluatedAt)}</dd>
          </div>
          {control.applicabilityReason ? (
            <div className="col-span-2">
              <dt className="text-xs text-muted-foreground">Applicability</dt>
              <dd>{control.applicabilityReason}</dd>
            </div>
          ) : null}
          <div className="col-span-2">
            <dt className="text-xs text-muted-foreground">Trust Services Criteria</dt>
            <dd>
              <ul className="mt-1 grid gap-2">
                {control.criteria.map((criterion) => (
                  <li key={criterion.id}>
                    <span className="font-mono text-xs font-medium">{criterion.id}</span> {criterion.title}
                    <p className="text-xs text-muted-foreground">{criterion.rationale}</p>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </CardContent>
    </Card>
  );
}
