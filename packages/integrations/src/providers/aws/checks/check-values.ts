import type { ResourceRef } from '../../../core/finding';

const dayMs = 24 * 60 * 60 * 1000;

/** Whole days from an ISO date to `now` (checks read the injected clock, never the system one). */
export function daysSince(iso: string, now: Date): number {
  return Math.floor((now.getTime() - new Date(iso).getTime()) / dayMs);
}

export function accountRef(accountId: string, region?: string): ResourceRef {
  return region
    ? { type: 'aws-account-region', id: `${accountId}/${region}`, name: `account ${accountId} in ${region}` }
    : { type: 'aws-account', id: accountId };
}

export const anywhereIpv4 = '0.0.0.0/0';
export const anywhereIpv6 = '::/0';
