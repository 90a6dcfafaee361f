'use server';

import {
  AcceptInviteRequestSchema,
  LoginRequestSchema,
  SignupRequestSchema,
  type AcceptInviteRequest,
  type LoginRequest,
  type SignupRequest,
} from '@kushim/contracts';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

import { toFormFailure, type FormFailure } from '@/lib/api/form-failure';
import { toAcceptInviteFailure, type AcceptInviteFailure } from '@/lib/invitations/accept-invite-failure';
import { requestAcceptInvite, requestLogin, requestLogout, requestRefresh, requestSignup } from './auth-api';
import { clientHints } from './client-hints';
import { ACCESS_COOKIE, REFRESH_COOKIE, clearSession, writeSession } from './session-cookies';
import {
  signInFields,
  signUpFields,
  type AcceptInviteField,
  type SignInField,
  type SignUpField,
} from './auth-fields';

function invalidInput<Field extends string>(
  issues: readonly { path: PropertyKey[]; message: string }[],
): FormFailure<Field> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && !(field in fieldErrors)) {
      fieldErrors[field as Field] = issue.message;
    }
  }
  return { ok: false, fieldErrors };
}

/** Creates the organization and its owner, starts the session, and opens the organization list. */
export async function signUp(values: SignupRequest): Promise<FormFailure<SignUpField>> {
  // Server actions are public endpoints: validate again, whatever the browser already checked.
  const input = SignupRequestSchema.safeParse(values);
  if (!input.success) {
    return invalidInput<SignUpField>(input.error.issues);
  }
  const hints = await clientHints();
  const result = await requestSignup(input.data, hints);
  if (!result.ok) {
    return toFormFailure(result, signUpFields, { conflictField: 'email' });
  }
  writeSession(await cookies(), result.data, hints.https);
  redirect('/orgs');
}

export async function signIn(values: LoginRequest): Promise<FormFailure<SignInField>> {
  const input = LoginRequestSchema.safeParse(values);
  if (!input.success) {
    return invalidInput<SignInField>(input.error.issues);
  }
  const hints = await clientHints();
  const result = await requestLogin(input.data, hints);
  if (!result.ok) {
    return toFormFailure(result, signInFields, { unauthorized: 'Email or password is incorrect.' });
  }
  writeSession(await cookies(), result.data, hints.https);
  redirect('/orgs');
}

/**
 * Joins the invited organization (creating the account, or with an existing account's password), starts
 * that account's session in place of any other, and opens the organization list.
 */
export async function acceptInvite(values: AcceptInviteRequest): Promise<AcceptInviteFailure> {
  const input = AcceptInviteRequestSchema.safeParse(values);
  if (!input.success) {
    if (input.error.issues.some((issue) => issue.path[0] === 'inviteToken')) {
      return { ok: false, fieldErrors: {}, invitation: 'invalid' };
    }
    return invalidInput<AcceptInviteField>(input.error.issues);
  }
  const hints = await clientHints();
  const result = await requestAcceptInvite(input.data, hints);
  if (!result.ok) {
    return toAcceptInviteFailure(result);
  }
  writeSession(await cookies(), result.data, hints.https);
  redirect('/orgs');
}

/** Revokes the session at the API (best effort) and always clears the browser's cookies. */
export async function signOut(): Promise<void> {
  const jar = await cookies();
  const hints = await clientHints();
  let accessToken = jar.get(ACCESS_COOKIE)?.value;
  let refreshToken = jar.get(REFRESH_COOKIE)?.value;
  if (!accessToken && refreshToken) {
    // Logout needs a live access token; an expired one is renewed so the refresh family still gets revoked.
    const renewed = await requestRefresh(refreshToken, hints);
    if (renewed.ok) {
      ({ accessToken, refreshToken } = renewed.data);
    }
  }
  if (accessToken && refreshToken) {
    await requestLogout(accessToken, refreshToken, hints);
  }
  clearSession(jar);
  redirect('/sign-in');
}
