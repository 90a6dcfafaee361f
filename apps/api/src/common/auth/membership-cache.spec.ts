import { asOrgId } from '@kushim/db';
import { describe, expect, it } from 'vitest';
import { Clock } from '../time/clock';
import { MEMBERSHIP_CACHE_TTL_MS, MembershipCache } from './membership-cache';

class SteppedClock extends Clock {
  current = new Date('2026-11-01T00:00:00Z');
  override now(): Date {
    return this.current;
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

const orgId = asOrgId('0195f3a0-0000-7000-8000-000000000001');
const membership = { orgId, role: 'ADMIN' as const, expiresAt: null, auditWindow: null };

describe('MembershipCache', () => {
  it('reuses a membership within the TTL and forgets it after', () => {
    const clock = new SteppedClock();
    const cache = new MembershipCache(clock);
    cache.set(orgId, 'user-1', membership);
    clock.advance(MEMBERSHIP_CACHE_TTL_MS - 1);
    expect(cache.get(orgId, 'user-1')).toEqual(membership);
    clock.advance(1);
    expect(cache.get(orgId, 'user-1')).toBeUndefined();
  });

  it('forgets a membership at once when invalidated (role change, removal)', () => {
    const cache = new MembershipCache(new SteppedClock());
    cache.set(orgId, 'user-1', membership);
    cache.invalidate(orgId, 'user-1');
    expect(cache.get(orgId, 'user-1')).toBeUndefined();
  });

  it('keys by organization and user', () => {
    const cache = new MembershipCache(new SteppedClock());
    cache.set(orgId, 'user-1', membership);
    expect(cache.get(orgId, 'user-2')).toBeUndefined();
    expect(cache.get(asOrgId('0195f3a0-0000-7000-8000-000000000002'), 'user-1')).toBeUndefined();
  });
});
