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

import { SignUpForm } from './_components/sign-up-form';

export const metadata: Metadata = { title: 'Create your organization' };

export default function SignUpPage() {
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h1>Create your organization</h1>
        </CardTitle>
        <CardDescription>You will be its owner and can invite your team afterwards.</CardDescription>
      </CardHeader>
      <CardContent>
        <SignUpForm />
      </CardContent>
      <CardFooter className="text-sm text-muted-foreground">
        Already have an account?&nbsp;
        <Link href="/sign-in" className="font-medium text-foreground underline underline-offset-4">
          Sign in
        </Link>
      </CardFooter>
    </Card>
  );
}
