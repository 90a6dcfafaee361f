import type { Metadata } from 'next';
import { Suspense } from 'react';

import { LoadingBlock } from '@/components/page/loading-block';
import { AuditLogView } from './_components/audit-log-view';

export const metadata: Metadata = { title: 'Audit log' };

export default function AuditLogPage() {
  return (
    <Suspense fallback={<LoadingBlock rows={8} label="Loading the audit log" />}>
      <AuditLogView />
    </Suspense>
  );
}
