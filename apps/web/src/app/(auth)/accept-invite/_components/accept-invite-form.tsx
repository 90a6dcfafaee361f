'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { AcceptInviteRequestSchema, PASSWORD_MIN_LENGTH } from '@kushim/contracts';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';

import { Button } from '@kushim/ui/components/button';
import { FormField } from '@kushim/ui/components/form-field';
import { Input } from '@kushim/ui/components/input';

import { FormAlert } from '@/components/form-alert';
import { acceptInvite } from '@/lib/auth/auth.actions';
import { acceptInviteFieldLabels as labels, acceptInviteFields } from '@/lib/auth/auth-fields';
import { applyFormFailure } from '@/lib/forms/apply-form-failure';
import { fieldMessage } from '@/lib/forms/field-message';
import type { InvitationProblem } from '@/lib/invitations/accept-invite-failure';

import { InvitationUnavailable } from './invitation-unavailable';

export function AcceptInviteForm({ inviteToken }: { inviteToken: string }) {
  const [formError, setFormError] = useState<string>();
  const [problem, setProblem] = useState<InvitationProblem>();
  const form = useForm<
    z.input<typeof AcceptInviteRequestSchema>,
    unknown,
    z.output<typeof AcceptInviteRequestSchema>
  >({
    resolver: zodResolver(AcceptInviteRequestSchema),
    // The token is not a field the person fills in: it rides along from the link.
    defaultValues: { inviteToken, name: '', password: '' },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    // On success the action redirects and never returns here.
    const failure = await acceptInvite(values);
    if (failure.invitation) {
      setProblem(failure.invitation);
      return;
    }
    setFormError(failure.formError);
    applyFormFailure(failure, acceptInviteFields, form.setError);
  });

  if (problem) {
    return <InvitationUnavailable reason={problem} focusOnMount />;
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      className="grid gap-4"
      aria-label="Accept invitation"
    >
      <FormAlert message={formError} />
      <FormField
        id="name"
        label={labels.name}
        description="How your teammates will see you. An existing account keeps its name."
        error={fieldMessage(labels.name, errors.name?.message)}
      >
        {(control) => <Input {...control} autoComplete="name" {...form.register('name')} />}
      </FormField>
      <FormField
        id="password"
        label={labels.password}
        description={`New to Kushim? Choose at least ${PASSWORD_MIN_LENGTH} characters. Already have a Kushim account with the invited email? Enter that account’s password.`}
        error={fieldMessage(labels.password, errors.password?.message)}
      >
        {(control) => (
          <Input {...control} type="password" autoComplete="new-password" {...form.register('password')} />
        )}
      </FormField>
      <Button type="submit" disabled={isSubmitting} className="mt-1 w-full">
        {isSubmitting ? 'Joining…' : 'Accept invitation'}
      </Button>
    </form>
  );
}
