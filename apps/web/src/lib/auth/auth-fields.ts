import type { AcceptInviteRequest, LoginRequest, SignupRequest } from '@kushim/contracts';

/** The fields of each auth form, in screen order, with the label their messages are phrased around. */
export const signUpFieldLabels = {
  organizationName: 'Organization name',
  name: 'Your name',
  email: 'Work email',
  password: 'Password',
} as const satisfies Record<keyof SignupRequest, string>;

export const signInFieldLabels = {
  email: 'Email',
  password: 'Password',
} as const satisfies Record<keyof LoginRequest, string>;

/** The invitation token travels with the form but is not a field the person fills in. */
export const acceptInviteFieldLabels = {
  name: 'Your name',
  password: 'Password',
} as const satisfies Record<Exclude<keyof AcceptInviteRequest, 'inviteToken'>, string>;

export type SignUpField = keyof typeof signUpFieldLabels;
export type SignInField = keyof typeof signInFieldLabels;
export type AcceptInviteField = keyof typeof acceptInviteFieldLabels;

export const signUpFields = Object.keys(signUpFieldLabels) as SignUpField[];
export const signInFields = Object.keys(signInFieldLabels) as SignInField[];
export const acceptInviteFields = Object.keys(acceptInviteFieldLabels) as AcceptInviteField[];
