'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { LoginRequestSchema } from '@kushim/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';

import { Button } from '@kushim/ui/components/button';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';

import { FormAlert } from '@/components/form-alert';
import { signIn } from '@/lib/auth/auth.actions';
import { signInFieldLabels as labels, signInFields } from '@/lib/auth/auth-fields';
import { applyFormFailure } from '@/lib/forms/apply-form-failure';
import { fieldMessage } from '@/lib/forms/field-message';

export function SignInForm({ notice }: { notice?: string | undefined }) {
  const [formError, setFormError] = useState<string>();
  const form = useForm<z.input<typeof LoginRequestSchema>, unknown, z.output<typeof LoginRequestSchema>>({
    resolver: zodResolver(LoginRequestSchema),
    defaultValues: { email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    // On success the action redirects and never returns here.
    const failure = await signIn(values);
    setFormError(failure.formError);
    applyFormFailure(failure, signInFields, form.setError);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="grid gap-4" aria-label="Sign in">
      {notice && !formError ? <p className="text-sm text-muted-foreground">{notice}</p> : null}
      <FormAlert message={formError} />
      <FormField id="email" label={labels.email} error={fieldMessage(labels.email, errors.email?.message)}>
        {(control) => <Input {...control} type="email" autoComplete="email" {...form.register('email')} />}
      </FormField>
      <FormField
        id="password"
        label={labels.password}
        error={fieldMessage(labels.password, errors.password?.message)}
      >
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="current-password"
            {...form.register('password')}
          />
        )}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
