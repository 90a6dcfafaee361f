import { randomUUID } from 'node:crypto';
import { ConflictException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import type { LoginRequest, SignupRequest, SignupResponse, TokenPair } from '@kushim/contracts';
import { asOrgId, Prisma } from '@kushim/db';
import type { RequestContextValue } from '../../common/auth';
import { RetryLaterException } from '../../common/errors/retry-later.exception';
import { DatabaseService } from '../../infra/database/database.service';
import { PasswordHasher } from '../../infra/crypto/password-hasher.service';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionTokens } from './session-tokens.service';
import { UserAuditService } from './user-audit.service';
import { UserRepository } from './user.repository';

const INVALID_CREDENTIALS = 'Email or password is incorrect';

export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** Sign-up and login. Refresh rotation lives in RefreshService. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly database: DatabaseService,
    private readonly passwords: PasswordHasher,
    private readonly tokens: SessionTokens,
    private readonly throttle: LoginThrottleService,
    private readonly users: UserRepository,
    private readonly audit: AuditService,
    private readonly userAudit: UserAuditService,
  ) {}

  /** Organization, user and OWNER membership in one transaction, scoped to the new ids so RLS admits the inserts. */
  async signup(input: SignupRequest, context: RequestContextValue): Promise<SignupResponse> {
    const passwordHash = await this.passwords.hash(input.password);
    const orgId = asOrgId(randomUUID());
    const userId = randomUUID();
    try {
      return await this.database.scoped({ orgId, userId }, async (tx) => {
        const user = await tx.user.create({
          data: { id: userId, email: input.email, name: input.name, passwordHash },
        });
        const organization = await tx.organization.create({
          data: { id: orgId, name: input.organizationName },
        });
        await tx.membership.create({ data: { organizationId: orgId, userId, role: 'OWNER' } });
        await this.audit.append(tx, orgId, {
          actor: { type: 'USER', id: userId, label: user.email },
          action: 'auth.signed-up',
          target: { type: 'organization', id: orgId },
          payload: { organizationName: organization.name },
          requestId: context.requestId,
          ip: context.ip,
        });
        const session = await this.tokens.newSession(tx, user);
        return {
          user: { id: user.id, email: user.email, name: user.name, createdAt: user.createdAt.toISOString() },
          organization: {
            id: organization.id,
            name: organization.name,
            createdAt: organization.createdAt.toISOString(),
          },
          ...session,
        };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictException('An account with this email already exists');
      }
      throw error;
    }
  }

  async login(input: LoginRequest, context: RequestContextValue): Promise<TokenPair> {
    const subject = { email: input.email, ip: context.ip };
    const retryAfter = await this.throttle.retryAfterSeconds(subject);
    if (retryAfter > 0) {
      throw new RetryLaterException(`Too many failed logins: try again in ${retryAfter} s`, retryAfter);
    }
    const user = await this.users.findByEmail(input.email);
    const valid = user
      ? await this.passwords.verify(user.passwordHash, input.password)
      : await this.passwords.verifyAgainstDummy(input.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(subject);
      if (user) {
        await this.userAudit.recordForUser(user.id, {
          actor: { type: 'USER', id: user.id, label: user.email },
          action: 'auth.login.failed',
          payload: { reason: 'wrong-password' },
          requestId: context.requestId,
          ip: context.ip,
        });
      } else {
        this.logger.warn({
          message: 'login failed: unknown account',
          requestId: context.requestId,
          ip: context.ip,
        });
      }
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    await this.throttle.recordSuccess(subject);
    const pair = await this.database.app.$transaction((tx) => this.tokens.newSession(tx, user));
    await this.userAudit.recordForUser(user.id, {
      actor: { type: 'USER', id: user.id, label: user.email },
      action: 'auth.login.succeeded',
      requestId: context.requestId,
      ip: context.ip,
    });
    return pair;
  }
}
