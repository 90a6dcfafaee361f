import type { RoleName } from '@kushim/contracts';
import type { OrgId } from '@kushim/db';

/** Who is calling: a signed-in person or an API key (bound to one organization and one role). */
export type Actor =
  | { kind: 'user'; userId: string; email: string; name: string }
  | { kind: 'api-key'; apiKeyId: string; orgId: OrgId; role: RoleName; name: string };

/** The caller's standing in the `:orgId` of the route (set by OrgAccessGuard). */
export interface Membership {
  orgId: OrgId;
  role: RoleName;
  expiresAt: Date | null;
  /** AUDITOR only: the period under audit [from, to); null when the membership is not time-scoped. */
  auditWindow: { from: Date; to: Date } | null;
}

/** The audit trail's view of an actor. */
export function auditActor(actor: Actor): { type: 'USER' | 'API_KEY'; id: string; label: string } {
  switch (actor.kind) {
    case 'user':
      return { type: 'USER', id: actor.userId, label: actor.email };
    case 'api-key':
      return { type: 'API_KEY', id: actor.apiKeyId, label: actor.name };
    default:
      return actor satisfies never;
  }
}
