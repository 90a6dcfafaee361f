'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, SignupRequestSchema } from '@kushim/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';

import { Button } from '@kushim/ui/components/button';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';

import { FormAlert } from '@/components/form-alert';
import { signUp } from '@/lib/auth/auth.actions';
import { signUpFieldLabels as labels, signUpFields } from '@/lib/auth/auth-fields';
import { applyFormFailure } from '@/lib/forms/apply-form-failure';
import { fieldMessage } from '@/lib/forms/field-message';

export function SignUpForm() {
  const [formError, setFormError] = useState<string>();
  const form = useForm<z.input<typeof SignupRequestSchema>, unknown, z.output<typeof SignupRequestSchema>>({
    resolver: zodResolver(SignupRequestSchema),
    defaultValues: { organizationName: '', name: '', email: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    // On success the action redirects and never returns here.
    const failure = await signUp(values);
    setFormError(failure.formError);
    applyFormFailure(failure, signUpFields, form.setError);
  });

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="grid gap-4"
      aria-label="Create your organization"
    >
      <FormAlert message={formError} />
      <FormField
        id="organizationName"
        label={labels.organizationName}
        error={fieldMessage(labels.organizationName, errors.organizationName?.message)}
      >
        {(control) => (
          <Input {...control} autoComplete="organization" {...form.register('organizationName')} />
        )}
      </FormField>
      <FormField id="name" label={labels.name} error={fieldMessage(labels.name, errors.name?.message)}>
        {(control) => <Input {...control} autoComplete="name" {...form.register('name')} />}
      </FormField>
      <FormField id="email" label={labels.email} error={fieldMessage(labels.email, errors.email?.message)}>
        {(control) => <Input {...control} type="email" autoComplete="email" {...form.register('email')} />}
      </FormField>
      <FormField
        id="password"
        label={labels.password}
        description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldMessage(labels.password, errors.password?.message)}
      >
        {(control) => (
          <Input {...control} type="password" autoComplete="new-password" {...form.register('password')} />
        )}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? 'Creating organization…' : 'Create organization'}
      </Button>
    </form>
  );
}
