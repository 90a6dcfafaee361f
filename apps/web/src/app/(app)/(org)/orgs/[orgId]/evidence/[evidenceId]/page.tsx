import type { Metadata } from 'next';

import { EvidenceDetailView } from './_components/evidence-detail-view';

export const metadata: Metadata = { title: 'Evidence record' };

export default async function EvidenceRecordPage({ params }: { params: Promise<{ evidenceId: string }> }) {
  const { evidenceId } = await params;
  return <EvidenceDetailView evidenceId={evidenceId} />;
}
