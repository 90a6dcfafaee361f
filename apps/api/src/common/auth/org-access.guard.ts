import {
  ForbiddenException,
  Injectable,
  NotFoundException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { READ_ONLY_ROLES, roleAtLeast, type RoleName } from '@kushim/contracts';
import { asOrgId } from '@kushim/db';
import { DatabaseService } from '../../infra/database/database.service';
import { Clock } from '../time/clock';
import type { Membership } from './actor';
import { AUDITOR_MAY_WRITE } from './auditor-may-write.decorator';
import { MIN_ROLE } from './auth.decorators';
import { MembershipCache } from './membership-cache';
import type { AuthenticatedRequest } from './authenticated-request';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Global, after authentication. On routes with `:orgId`: a caller who is not a (current) member gets 404 — the same
 * answer as for an organization that does not exist, so tenants cannot probe each other's ids. Read-only roles get
 * 403 on writes; @MinRole raises the bar per handler.
 */
@Injectable()
export class OrgAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly database: DatabaseService,
    private readonly clock: Clock,
    private readonly cache: MembershipCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    if (!('orgId' in params)) {
      return true;
    }
    const actor = request.user;
    if (!actor) {
      return true;
    } // @Public() routes never carry :orgId; authentication rejected everything else.

    const membership = await this.membershipOf(actor, params.orgId);
    if (!membership || (membership.expiresAt && membership.expiresAt <= this.clock.now())) {
      throw new NotFoundException('Organization not found');
    }
    const auditorMayWrite =
      membership.role === 'AUDITOR' &&
      this.reflector.getAllAndOverride<boolean | undefined>(AUDITOR_MAY_WRITE, [
        context.getHandler(),
        context.getClass(),
      ]) === true;
    if (WRITE_METHODS.has(request.method) && READ_ONLY_ROLES.includes(membership.role) && !auditorMayWrite) {
      throw new ForbiddenException(`The ${membership.role} role is read-only`);
    }
    const minRole = this.reflector.getAllAndOverride<RoleName | undefined>(MIN_ROLE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (minRole && !roleAtLeast(membership.role, minRole)) {
      throw new ForbiddenException(`This action needs the ${minRole} role or stronger`);
    }
    request.membership = membership;
    return true;
  }

  private async membershipOf(
    actor: NonNullable<AuthenticatedRequest['user']>,
    rawOrgId: string | undefined,
  ): Promise<Membership | null> {
    if (!rawOrgId || !UUID.test(rawOrgId)) {
      return null;
    }
    const orgId = asOrgId(rawOrgId.toLowerCase());
    switch (actor.kind) {
      case 'api-key':
        return actor.orgId === orgId ? { orgId, role: actor.role, expiresAt: null, auditWindow: null } : null;
      case 'user': {
        const cached = this.cache.get(orgId, actor.userId);
        if (cached) {
          return cached;
        }
        const row = await this.database.scoped({ orgId, userId: actor.userId }, (tx) =>
          tx.membership.findUnique({
            where: { organizationId_userId: { organizationId: orgId, userId: actor.userId } },
            select: { role: true, expiresAt: true, auditWindowFrom: true, auditWindowTo: true },
          }),
        );
        if (!row) {
          return null;
        }
        const membership: Membership = {
          orgId,
          role: row.role,
          expiresAt: row.expiresAt,
          auditWindow:
            row.role === 'AUDITOR' && row.auditWindowFrom && row.auditWindowTo
              ? { from: row.auditWindowFrom, to: row.auditWindowTo }
              : null,
        };
        this.cache.set(orgId, actor.userId, membership);
        return membership;
      }
      default:
        return actor satisfies never;
    }
  }
}
