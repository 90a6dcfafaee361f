import { Skeleton } from '@kushim/ui/components/skeleton';

export default function Loading() {
  return (
    <div className="grid gap-4" aria-busy="true" aria-label="Loading">
      <Skeleton className="h-6 w-40" />
      <Skeleton className="h-4 w-72" />
      <Skeleton className="h-24 w-full" />
    </div>
  );
}
