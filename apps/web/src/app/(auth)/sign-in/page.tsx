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

import { SignInForm } from './_components/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { reason } = await searchParams;
  const notice = reason === 'expired' ? 'Your session ended. Sign in again to continue.' : undefined;
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1>Sign in to Kushim</h1>
        </CardTitle>
        <CardDescription>Use the email and password you signed up with.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignInForm notice={notice} />
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        New to Kushim?&nbsp;
        <Link href="/sign-up" className="font-medium text-foreground underline underline-offset-4">
          Create an organization
        </Link>
      </CardFooter>
    </Card>
  );
}
