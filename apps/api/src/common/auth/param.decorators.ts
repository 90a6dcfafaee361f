import { createParamDecorator, InternalServerErrorException, type ExecutionContext } from '@nestjs/common';
import type { Actor, Membership } from './actor';
import type { AuthenticatedRequest } from './authenticated-request';

export interface RequestContextValue {
  requestId: string;
  ip: string;
  userAgent: string | undefined;
}

const requestOf = (ctx: ExecutionContext): AuthenticatedRequest =>
  ctx.switchToHttp().getRequest<AuthenticatedRequest>();

/** The authenticated caller. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = requestOf(ctx).user;
  // A route using this without authentication is a programming error, not a client error.
  if (!actor) {
    throw new InternalServerErrorException('CurrentActor used on a route without authentication');
  }
  return actor;
});

/** The caller's membership of the route's `:orgId` (only on `/orgs/:orgId/…` routes). */
export const CurrentMembership = createParamDecorator((_: unknown, ctx: ExecutionContext): Membership => {
  const membership = requestOf(ctx).membership;
  if (!membership) {
    throw new InternalServerErrorException('CurrentMembership used on a route without :orgId');
  }
  return membership;
});

export function requestContextOf(request: AuthenticatedRequest): RequestContextValue {
  const userAgent = request.headers['user-agent'];
  return { requestId: String(request.id), ip: request.ip, userAgent };
}

/** Correlation id, client IP and user agent, for audit events. */
export const RequestContext = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestContextValue =>
  requestContextOf(requestOf(ctx)),
);

/**
 * The period a windowed AUDITOR may see ([from, to)), or null for every other caller: handlers pass it down to
 * their queries so nothing of other periods is returned.
 */
export const AuditWindow = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): { from: Date; to: Date } | null =>
    requestOf(ctx).membership?.auditWindow ?? null,
);
