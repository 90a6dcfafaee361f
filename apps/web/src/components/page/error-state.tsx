'use client';

import { CircleAlert } from 'lucide-react';

import { Alert, AlertDescription, AlertTitle } from '@kushim/ui/components/alert';
import { Button } from '@kushim/ui/components/button';

import { RequestError } from '@/lib/api/request-error';

/** What went wrong, in the API's words, with the request id to quote and a way to try again. */
export function ErrorState({
  error,
  title = 'This could not be loaded',
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const message = error instanceof Error ? error.message : 'Something went wrong.';
  const requestId = error instanceof RequestError ? error.requestId : undefined;
  return (
    <Alert variant="destructive" data-testid="error-state">
      <CircleAlert aria-hidden />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{message}</p>
        {requestId ? (
          <p className="text-xs text-muted-foreground">
            Request id <code>{requestId}</code>
          </p>
        ) : null}
        {onRetry ? (
          <Button variant="outline" size="sm" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}
