import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { MeResponse } from '@kushim/contracts';
import { DatabaseService } from '../../infra/database/database.service';

@Injectable()
export class MeService {
  constructor(private readonly database: DatabaseService) {}

  /** One user-scoped transaction: RLS shows this user's memberships and the organizations they belong to. */
  async get(userId: string): Promise<MeResponse> {
    const user = await this.database.scoped({ userId }, (tx) =>
      tx.user.findUnique({
        where: { id: userId },
        include: {
          memberships: {
            orderBy: { createdAt: 'asc' },
            include: { organization: { select: { id: true, name: true } } },
          },
        },
      }),
    );
    // The token outlived its user.
    if (!user) {
      throw new UnauthorizedException('Authentication required: the account no longer exists');
    }
    return {
      user: { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() },
      memberships: user.memberships.map((membership) => ({
        orgId: membership.organization.id,
        organizationName: membership.organization.name,
        role: membership.role,
        expiresAt: membership.expiresAt?.toISOString() ?? null,
        auditWindow:
          membership.auditWindowFrom && membership.auditWindowTo
            ? { from: membership.auditWindowFrom.toISOString(), to: membership.auditWindowTo.toISOString() }
            : null,
      })),
    };
  }
}
