import { Global, Injectable, Module } from '@nestjs/common';
import type { OrgId } from '@kushim/db';
import { Clock } from '../time/clock';
import type { Membership } from './actor';

/** How long a membership read by OrgAccessGuard is reused. See docs/security.md ("Membership cache"). */
export const MEMBERSHIP_CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  membership: Membership;
  storedAt: number;
}

/**
 * Every `/orgs/{orgId}/…` request needs the caller's membership; reading it costs a database transaction, as much
 * as the request's own work. Found memberships are reused for a few seconds. A role change or removal invalidates
 * the entry in this process at once; other API replicas see it within the TTL. Absent memberships are never
 * cached, so an accepted invitation works immediately.
 */
@Injectable()
export class MembershipCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: Clock) {}

  get(orgId: OrgId, userId: string): Membership | undefined {
    const key = `${orgId}:${userId}`;
    const entry = this.entries.get(key);
    if (!entry) {
      return undefined;
    }
    if (this.clock.now().getTime() - entry.storedAt >= MEMBERSHIP_CACHE_TTL_MS) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.membership;
  }

  set(orgId: OrgId, userId: string, membership: Membership): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
    this.entries.set(`${orgId}:${userId}`, { membership, storedAt: this.clock.now().getTime() });
  }

  invalidate(orgId: OrgId, userId: string): void {
    this.entries.delete(`${orgId}:${userId}`);
  }
}

@Global()
@Module({ providers: [MembershipCache], exports: [MembershipCache] })
export class MembershipCacheModule {}
