'use client';

import { CircleAlert } from 'lucide-react';
import Link from 'next/link';
import { useEffect, useRef } from 'react';

import { Alert, AlertDescription } from '@kushim/ui/components/alert';
import { Button } from '@kushim/ui/components/button';

import type { InvitationProblem } from '@/lib/invitations/accept-invite-failure';

/** `missing`: the link had no token at all; the others come from the API's answer. */
export type UnavailableReason = InvitationProblem | 'missing';

const explanations: Record<UnavailableReason, { title: string; detail: string }> = {
  missing: {
    title: 'This link has no invitation in it',
    detail:
      'Open the link in your invitation email again. If it still does not work, ask the person who invited you to send a new invitation.',
  },
  invalid: {
    title: 'This invitation link is not valid',
    detail:
      'It may have been copied incompletely. Open the link in your invitation email again, or ask the person who invited you for a new invitation.',
  },
  expired: {
    title: 'This invitation has expired',
    detail:
      'Invitations can only be accepted for a limited time. Ask an admin of the organization to invite you again.',
  },
  used: {
    title: 'This invitation has already been used',
    detail:
      'Each invitation can be accepted once. If you accepted it, sign in to reach the organization; otherwise ask an admin of the organization to invite you again.',
  },
  revoked: {
    title: 'This invitation was withdrawn',
    detail:
      'An admin of the organization cancelled it. Ask them to invite you again if you still need access.',
  },
};

/**
 * Shown instead of the form when the invitation cannot be accepted. When it replaces the form after a
 * submit, focus moves to its title so keyboard and screen-reader users land on the explanation.
 */
export function InvitationUnavailable({
  reason,
  focusOnMount = false,
}: {
  reason: UnavailableReason;
  focusOnMount?: boolean;
}) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) {
      titleRef.current?.focus();
    }
  }, [focusOnMount]);
  const { title, detail } = explanations[reason];
  return (
    <div className="grid gap-4" data-testid="invitation-unavailable" data-reason={reason}>
      <Alert role={focusOnMount ? 'alert' : 'note'}>
        <CircleAlert aria-hidden />
        <h2
          ref={titleRef}
          tabIndex={-1}
          className="col-start-2 font-medium tracking-tight outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {title}
        </h2>
        <AlertDescription>
          <p>{detail}</p>
        </AlertDescription>
      </Alert>
      <Button asChild className="w-full">
        <Link href="/sign-in">Sign in</Link>
      </Button>
    </div>
  );
}
