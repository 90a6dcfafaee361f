import type { Metadata } from 'next';
import { Suspense } from 'react';

import { LoadingBlock } from '@/components/page/loading-block';
import { ControlsView } from './_components/controls-view';

export const metadata: Metadata = { title: 'Controls' };

export default function ControlsPage() {
  return (
    <Suspense fallback={<LoadingBlock rows={8} label="Loading controls" />}>
      <ControlsView />
    </Suspense>
  );
}
