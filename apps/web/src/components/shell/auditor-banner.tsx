'use client';

import { Eye } from 'lucide-react';

import { formatDateTime } from '@/lib/format/dates';
import { useOrg } from '@/lib/org/org-context';

/** Tells an auditor, on every page, that the view is read-only and which period it covers. */
export function AuditorBanner() {
  const { role, auditWindow } = useOrg();
  if (role !== 'AUDITOR') {
    return null;
  }
  return (
    <div
      role="note"
      data-testid="auditor-banner"
      className="flex flex-wrap items-center gap-2 border-b bg-muted/60 px-6 py-2 text-sm"
    >
      <Eye className="size-4 text-muted-foreground" aria-hidden />
      <span className="font-medium">Auditor view — read-only.</span>
      {auditWindow ? (
        <span className="text-muted-foreground">
          Everything shown is scoped to the audit window{' '}
          <time dateTime={auditWindow.from}>{formatDateTime(auditWindow.from)}</time> –{' '}
          <time dateTime={auditWindow.to}>{formatDateTime(auditWindow.to)}</time>.
        </span>
      ) : (
        <span className="text-muted-foreground">No audit window: the whole history is visible.</span>
      )}
    </div>
  );
}
