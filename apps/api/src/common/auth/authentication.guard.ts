import { Injectable, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { IS_PUBLIC } from './auth.decorators';

export const API_KEY_STRATEGY = 'api-key';
export const JWT_STRATEGY = 'jwt';

/**
 * Global: every route needs a signed-in user (JWT in the Authorization header or the kushim_access cookie) or an
 * API key, unless marked @Public(). The API-key strategy runs first because it rejects non-`ksm_` tokens without I/O.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard([API_KEY_STRATEGY, JWT_STRATEGY]) {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) {
      return true;
    }
    return super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) {
      throw error instanceof Error ? error : new UnauthorizedException('Authentication failed');
    }
    if (!user) {
      throw new UnauthorizedException('Authentication required: a valid access token or API key');
    }
    return user;
  }
}
