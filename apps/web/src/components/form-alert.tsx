import { CircleAlert } from 'lucide-react';

import { Alert, AlertDescription } from '@kushim/ui/components/alert';

/** A form-level error (throttling, wrong credentials, server trouble), announced when it appears. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) {
    return null;
  }
  return (
    <Alert variant="destructive" data-testid="form-error">
      <CircleAlert aria-hidden />
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
