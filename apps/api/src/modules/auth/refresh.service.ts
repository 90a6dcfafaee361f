import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { TokenPair } from '@kushim/contracts';
import type { DbTx } from '@kushim/db';
import type { RequestContextValue } from '../../common/auth';
import { Clock } from '../../common/time/clock';
import { sha256Hex } from '../../infra/crypto/secret-token';
import { DatabaseService } from '../../infra/database/database.service';
import { RefreshTokenRepository } from './refresh-token.repository';
import { SessionTokens } from './session-tokens.service';
import { UserAuditService } from './user-audit.service';

const INVALID_REFRESH = 'Refresh token is invalid or expired';

type Outcome =
  | { kind: 'rotated'; pair: TokenPair }
  | { kind: 'reused'; familyId: string; userId: string }
  | { kind: 'invalid' };

/**
 * Refresh-token rotation: each token works once and is replaced by a new one of the same family. Presenting a spent
 * token means it was copied — the legitimate holder or the thief already used it — so the whole family is revoked.
 */
@Injectable()
export class RefreshService {
  constructor(
    private readonly database: DatabaseService,
    private readonly tokens: SessionTokens,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly userAudit: UserAuditService,
    private readonly clock: Clock,
  ) {}

  async rotate(presented: string, context: RequestContextValue): Promise<TokenPair> {
    const outcome = await this.database.app.$transaction((tx) => this.tryRotate(tx, presented));
    switch (outcome.kind) {
      case 'rotated':
        return outcome.pair;
      case 'reused':
        await this.refreshTokens.revokeFamily(outcome.familyId, 'reuse-detected', this.clock.now());
        await this.userAudit.recordForUser(outcome.userId, {
          actor: { type: 'USER', id: outcome.userId },
          action: 'auth.refresh.reuse-detected',
          payload: { familyId: outcome.familyId },
          requestId: context.requestId,
          ip: context.ip,
        });
        throw new UnauthorizedException(INVALID_REFRESH);
      case 'invalid':
        throw new UnauthorizedException(INVALID_REFRESH);
      default:
        return outcome satisfies never;
    }
  }

  private async tryRotate(tx: DbTx, presented: string): Promise<Outcome> {
    const now = this.clock.now();
    const current = await this.refreshTokens.findByHash(tx, sha256Hex(presented));
    if (!current || current.revokedAt) {
      return { kind: 'invalid' };
    }
    if (current.spentAt) {
      return { kind: 'reused', familyId: current.familyId, userId: current.userId };
    }
    if (current.expiresAt <= now) {
      return { kind: 'invalid' };
    }
    const user = await tx.user.findUnique({ where: { id: current.userId } });
    if (!user) {
      return { kind: 'invalid' };
    }
    const next = await this.tokens.newRefreshToken(tx, user.id, current.familyId);
    if (!(await this.refreshTokens.markSpent(tx, current.id, next.id, now))) {
      // Spent by a concurrent request between our read and this update: the same token was presented twice.
      return { kind: 'reused', familyId: current.familyId, userId: current.userId };
    }
    return {
      kind: 'rotated',
      pair: {
        accessToken: await this.tokens.accessToken(user),
        refreshToken: next.token,
        expiresIn: this.tokens.accessTtlSeconds,
      },
    };
  }

  /** Logout: revokes the family of the caller's refresh token (every token of that sign-in). */
  async endSession(userId: string, presented: string, context: RequestContextValue): Promise<void> {
    const token = await this.refreshTokens.findByHash(this.database.app, sha256Hex(presented));
    if (!token || token.userId !== userId) {
      throw new UnauthorizedException(INVALID_REFRESH);
    }
    await this.refreshTokens.revokeFamily(token.familyId, 'logout', this.clock.now());
    await this.userAudit.recordForUser(userId, {
      actor: { type: 'USER', id: userId },
      action: 'auth.logged-out',
      payload: { familyId: token.familyId },
      requestId: context.requestId,
      ip: context.ip,
    });
  }
}
