import Link from 'next/link';

import { Button } from '@kushim/ui/components/button';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-lg font-semibold">Page not found</h1>
      <p className="text-sm text-muted-foreground">
        This page does not exist, or it belongs to an organization you are not a member of.
      </p>
      <Button asChild variant="outline" size="sm">
        <Link href="/">Go to your organizations</Link>
      </Button>
    </main>
  );
}
