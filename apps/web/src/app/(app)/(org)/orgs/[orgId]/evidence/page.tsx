import type { Metadata } from 'next';
import { Suspense } from 'react';

import { LoadingBlock } from '@/components/page/loading-block';
import { EvidenceView } from './_components/evidence-view';

export const metadata: Metadata = { title: 'Evidence' };

export default function EvidencePage() {
  return (
    <Suspense fallback={<LoadingBlock rows={8} label="Loading evidence" />}>
      <EvidenceView />
    </Suspense>
  );
}
