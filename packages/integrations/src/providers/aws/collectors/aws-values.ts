import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsClients } from '../client';
import { awsCall } from './aws-call';

/** The audited account's id (sts:GetCallerIdentity needs no permission). */
export async function accountIdOf(clients: AwsClients): Promise<string> {
  const identity = await awsCall('sts:GetCallerIdentity', () =>
    clients.sts.send(new GetCallerIdentityCommand({})),
  );
  if (!identity.Account) {
    throw new Error('sts:GetCallerIdentity returned no account id');
  }
  return identity.Account;
}

export function isoOrNull(value: Date | string | undefined | null): string | null {
  if (value === undefined || value === null || value === '') {
    return null;
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function byKey<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => key(a).localeCompare(key(b));
}

/** Runs `work` over items with at most `limit` calls in flight, keeping the input order. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Returns undefined when the SDK call fails with one of the "not configured" error codes, rethrows anything else. */
export async function orNotFound<T>(codes: string[], call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Error && codes.includes(error.name)) {
      return undefined;
    }
    throw error;
  }
}
