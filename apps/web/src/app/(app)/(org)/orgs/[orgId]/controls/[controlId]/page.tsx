import type { Metadata } from 'next';

import { ControlView } from './_components/control-view';

export async function generateMetadata({
  params,
}: {
  params: Promise<{ controlId: string }>;
}): Promise<Metadata> {
  const { controlId } = await params;
  return { title: decodeURIComponent(controlId) };
}

export default async function ControlPage({ params }: { params: Promise<{ controlId: string }> }) {
  const { controlId } = await params;
  return <ControlView controlId={decodeURIComponent(controlId)} />;
}
