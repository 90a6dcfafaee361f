import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { MemberList, MemberView, PageQuery, UpdateMemberRequest } from '@kushim/contracts';
import type { DbTx, Membership as MembershipRow, OrgId, User } from '@kushim/db';
import {
  auditActor,
  MembershipCache,
  type Actor,
  type Membership,
  type RequestContextValue,
} from '../../common/auth';
import { Clock } from '../../common/time/clock';
import { DatabaseService } from '../../infra/database/database.service';
import { AuditService } from '../audit/audit.service';
import { RefreshTokenRepository } from '../auth/refresh-token.repository';
import { judgeMembershipChange } from './membership-rules';

type MemberRow = MembershipRow & { user: Pick<User, 'email' | 'name'> };

function toView(row: MemberRow): MemberView {
  return {
    userId: row.userId,
    email: row.user.email,
    name: row.user.name,
    role: row.role,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    auditWindow:
      row.auditWindowFrom && row.auditWindowTo
        ? { from: row.auditWindowFrom.toISOString(), to: row.auditWindowTo.toISOString() }
        : null,
    joinedAt: row.createdAt.toISOString(),
  };
}

@Injectable()
export class MembersService {
  constructor(
    private readonly database: DatabaseService,
    private readonly audit: AuditService,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly clock: Clock,
    private readonly membershipCache: MembershipCache,
  ) {}

  async list(membership: Membership, page: PageQuery): Promise<MemberList> {
    const rows = await this.database.tenant(membership.orgId, (tx) =>
      tx.membership.findMany({
        where: { organizationId: membership.orgId, ...(page.cursor ? { id: { gt: page.cursor } } : {}) },
        include: { user: { select: { email: true, name: true } } },
        orderBy: { id: 'asc' },
        take: page.limit + 1,
      }),
    );
    const items = rows.slice(0, page.limit);
    return {
      items: items.map(toView),
      nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null,
    };
  }

  async update(
    membership: Membership,
    actor: Actor,
    userId: string,
    input: UpdateMemberRequest,
    context: RequestContextValue,
  ): Promise<MemberView> {
    const orgId = membership.orgId;
    const view = await this.database.tenant(orgId, async (tx) => {
      const target = await this.findMember(tx, orgId, userId);
      await this.authorize(tx, orgId, membership, { targetRole: target.role, newRole: input.role });
      const role = input.role ?? target.role;
      const expiresAt = this.resultingExpiry(role, target.expiresAt, input.expiresAt);
      const window = this.resultingWindow(role, target, input.auditWindow);
      const updated = await tx.membership.update({
        where: { id: target.id },
        data: { role, expiresAt, auditWindowFrom: window?.from ?? null, auditWindowTo: window?.to ?? null },
        include: { user: { select: { email: true, name: true } } },
      });
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'member.role-changed',
        target: { type: 'user', id: userId },
        payload: {
          from: target.role,
          to: role,
          expiresAt: expiresAt?.toISOString() ?? null,
          auditWindow: window ? { from: window.from.toISOString(), to: window.to.toISOString() } : null,
        },
        requestId: context.requestId,
        ip: context.ip,
      });
      return toView(updated);
    });
    this.membershipCache.invalidate(orgId, userId);
    return view;
  }

  /** Removes the membership and ends the person's sessions (every refresh family). */
  async remove(
    membership: Membership,
    actor: Actor,
    userId: string,
    context: RequestContextValue,
  ): Promise<void> {
    const orgId = membership.orgId;
    await this.database.tenant(orgId, async (tx) => {
      const target = await this.findMember(tx, orgId, userId);
      await this.authorize(tx, orgId, membership, { targetRole: target.role, removing: true });
      await tx.membership.delete({ where: { id: target.id } });
      await this.refreshTokens.revokeAllOfUser(tx, userId, 'membership-removed', this.clock.now());
      await this.audit.append(tx, orgId, {
        actor: auditActor(actor),
        action: 'member.removed',
        target: { type: 'user', id: userId },
        payload: { role: target.role, email: target.user.email },
        requestId: context.requestId,
        ip: context.ip,
      });
    });
    this.membershipCache.invalidate(orgId, userId);
  }

  private async findMember(tx: DbTx, orgId: OrgId, userId: string): Promise<MemberRow> {
    const row = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId } },
      include: { user: { select: { email: true, name: true } } },
    });
    if (!row) {
      throw new NotFoundException('Member not found');
    }
    return row;
  }

  private async authorize(
    tx: DbTx,
    orgId: OrgId,
    membership: Membership,
    change: { targetRole: MembershipRow['role']; newRole?: MembershipRow['role']; removing?: boolean },
  ): Promise<void> {
    const ownerCount = await tx.membership.count({ where: { organizationId: orgId, role: 'OWNER' } });
    const verdict = judgeMembershipChange({ actorRole: membership.role, ownerCount, ...change });
    if (verdict.allowed) {
      return;
    }
    if (verdict.reason === 'forbidden') {
      throw new ForbiddenException(verdict.message);
    }
    throw new ConflictException(verdict.message);
  }

  /** Only an AUDITOR has an audit window; a role change away from AUDITOR drops it. */
  private resultingWindow(
    role: MembershipRow['role'],
    current: { auditWindowFrom: Date | null; auditWindowTo: Date | null },
    requested: { from: Date; to: Date } | null | undefined,
  ): { from: Date; to: Date } | null {
    if (role !== 'AUDITOR') {
      if (requested) {
        throw new BadRequestException('auditWindow: only an AUDITOR has an audit window');
      }
      return null;
    }
    if (requested !== undefined) {
      return requested;
    }
    return current.auditWindowFrom && current.auditWindowTo
      ? { from: current.auditWindowFrom, to: current.auditWindowTo }
      : null;
  }

  /** Only AUDITOR access is time-boxed; other roles never carry an end date. */
  private resultingExpiry(
    role: MembershipRow['role'],
    current: Date | null,
    requested: Date | null | undefined,
  ): Date | null {
    if (role !== 'AUDITOR') {
      if (requested) {
        throw new BadRequestException('expiresAt: only AUDITOR access can be time-boxed');
      }
      return null;
    }
    if (requested === undefined) {
      return current;
    }
    if (requested && requested <= this.clock.now()) {
      throw new BadRequestException('expiresAt: must be in the future');
    }
    return requested;
  }
}
