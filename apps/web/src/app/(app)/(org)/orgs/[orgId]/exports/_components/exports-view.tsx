'use client';

import { Archive } from 'lucide-react';

import { EmptyState } from '@/components/page/empty-state';
import { PageHeader } from '@/components/page/page-header';
import { useOrg } from '@/lib/org/org-context';
import { ExportsList } from './exports-list';
import { RequestExportForm } from './request-export-form';
import { VerifyOffline } from './verify-offline';

export function ExportsView() {
  const { can } = useOrg();
  return (
    <>
      <PageHeader
        title="Exports"
        description="Evidence packages for auditors: every evidence record, check result, control status and audit event of a period, in one ZIP that verifies offline."
      />
      {can.exports ? (
        <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
          <div className="grid content-start gap-6">
            <RequestExportForm />
            <ExportsList />
          </div>
          <VerifyOffline />
        </div>
      ) : (
        <EmptyState icon={Archive} title="Exports are for auditors and compliance managers">
          A package holds evidence files, which your role does not include.
        </EmptyState>
      )}
    </>
  );
}
