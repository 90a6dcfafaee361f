import { Injectable } from '@nestjs/common';
import type { DbTx, User } from '@kushim/db';
import { asOrgId, type OrgId } from '@kushim/db';
import { DatabaseService } from '../../infra/database/database.service';

/** Users are global (no row-level security); their memberships are read through a user-scoped transaction. */
@Injectable()
export class UserRepository {
  constructor(private readonly database: DatabaseService) {}

  findByEmail(email: string, tx: DbTx | DatabaseService['app'] = this.database.app): Promise<User | null> {
    return tx.user.findUnique({ where: { email } });
  }

  findById(id: string): Promise<User | null> {
    return this.database.app.user.findUnique({ where: { id } });
  }

  /** Every organization the user belongs to (expired memberships included). */
  async organizationIdsOf(userId: string): Promise<OrgId[]> {
    const rows = await this.database.scoped({ userId }, (tx) =>
      tx.membership.findMany({ where: { userId }, select: { organizationId: true } }),
    );
    return rows.map((row) => asOrgId(row.organizationId));
  }
}
