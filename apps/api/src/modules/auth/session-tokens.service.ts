import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { TokenPair } from '@kushim/contracts';
import type { DbTx } from '@kushim/db';
import { Clock } from '../../common/time/clock';
import { ApiConfig } from '../../config/api-config';
import { newSecretToken, sha256Hex } from '../../infra/crypto/secret-token';
import { RefreshTokenRepository } from './refresh-token.repository';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/** Issues access JWTs and refresh tokens (stored only as SHA-256). */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: ApiConfig,
    private readonly clock: Clock,
    private readonly refreshTokens: RefreshTokenRepository,
  ) {}

  get accessTtlSeconds(): number {
    return this.config.env.ACCESS_TOKEN_TTL_SECONDS;
  }

  accessToken(user: SessionUser): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, typ: 'access', email: user.email, name: user.name });
  }

  /** A new refresh token in `familyId` (a new family for a new sign-in); returns the token and its row id. */
  async newRefreshToken(
    tx: DbTx,
    userId: string,
    familyId: string = randomUUID(),
  ): Promise<{ token: string; id: string }> {
    const token = newSecretToken();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.env.REFRESH_TOKEN_TTL_SECONDS * 1000);
    const row = await this.refreshTokens.create(tx, {
      userId,
      familyId,
      tokenHash: sha256Hex(token),
      expiresAt,
    });
    return { token, id: row.id };
  }

  /** Access token + refresh token of a new session family. */
  async newSession(tx: DbTx, user: SessionUser): Promise<TokenPair> {
    const refresh = await this.newRefreshToken(tx, user.id);
    return {
      accessToken: await this.accessToken(user),
      refreshToken: refresh.token,
      expiresIn: this.accessTtlSeconds,
    };
  }
}
