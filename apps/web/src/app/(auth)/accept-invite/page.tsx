import { AcceptInviteRequestSchema } from '@kushim/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';

import {
  Card,
  CardContent,
  CardDescription,
  CardFooter,
  CardHeader,
  CardTitle,
} from '@kushim/ui/components/card';

import { AcceptInviteForm } from './_components/accept-invite-form';
import { InvitationUnavailable } from './_components/invitation-unavailable';

// The token is in the address: keep it out of the Referer header of anything this page loads or links to.
export const metadata: Metadata = { title: 'Accept your invitation', referrer: 'no-referrer' };

interface AcceptInvitePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function AcceptInvitePage({ searchParams }: AcceptInvitePageProps) {
  const { token } = await searchParams;
  const inviteToken = typeof token === 'string' ? token.trim() : '';
  const tokenShape = AcceptInviteRequestSchema.shape.inviteToken.safeParse(inviteToken);
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1>Accept your invitation</h1>
        </CardTitle>
        <CardDescription>
          Someone invited you to join their organization on Kushim, with a role they chose. Accepting creates
          your account, or adds the organization to the account you already have.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {inviteToken === '' ? (
          <InvitationUnavailable reason="missing" />
        ) : tokenShape.success ? (
          <AcceptInviteForm inviteToken={tokenShape.data} />
        ) : (
          <InvitationUnavailable reason="invalid" />
        )}
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        Already accepted?&nbsp;
        <Link href="/sign-in" className="font-medium text-foreground underline underline-offset-4">
          Sign in
        </Link>
      </CardFooter>
    </Card>
  );
}
