import { Skeleton } from '@kushim/ui/components/skeleton';

/** Placeholder rows while a list or card loads; announced as busy. */
export function LoadingBlock({ rows = 5, label = 'Loading' }: { rows?: number; label?: string }) {
  return (
    <div className="grid gap-2" aria-busy="true" aria-label={label} role="status">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-8 w-full" />
      ))}
    </div>
  );
}
