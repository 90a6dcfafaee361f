import { Injectable } from '@nestjs/common';
import type { DbTx, RefreshToken } from '@kushim/db';
import { DatabaseService } from '../../infra/database/database.service';

/** RefreshToken is a global table (no row-level security): tokens belong to people, not organizations. */
@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly database: DatabaseService) {}

  findByHash(tx: DbTx | DatabaseService['app'], tokenHash: string): Promise<RefreshToken | null> {
    return tx.refreshToken.findUnique({ where: { tokenHash } });
  }

  create(
    tx: DbTx,
    token: { userId: string; familyId: string; tokenHash: string; expiresAt: Date },
  ): Promise<RefreshToken> {
    return tx.refreshToken.create({ data: token });
  }

  /** Marks `id` spent unless someone else already did; false means it was spent concurrently (a reuse). */
  async markSpent(tx: DbTx, id: string, replacedById: string, at: Date): Promise<boolean> {
    const { count } = await tx.refreshToken.updateMany({
      where: { id, spentAt: null, revokedAt: null },
      data: { spentAt: at, replacedById },
    });
    return count === 1;
  }

  async revokeFamily(familyId: string, reason: string, at: Date): Promise<void> {
    await this.database.app.refreshToken.updateMany({
      where: { familyId, revokedAt: null },
      data: { revokedAt: at, revokedReason: reason },
    });
  }

  async revokeAllOfUser(tx: DbTx, userId: string, reason: string, at: Date): Promise<void> {
    await tx.refreshToken.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: at, revokedReason: reason },
    });
  }
}
