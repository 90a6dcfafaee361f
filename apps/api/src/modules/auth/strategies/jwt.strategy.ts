import { createSecretKey } from 'node:crypto';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Actor } from '../../../common/auth/actor';
import { JWT_STRATEGY } from '../../../common/auth/authentication.guard';
import { ApiConfig } from '../../../config/api-config';
import { ACCESS_COOKIE, AccessTokenClaimsSchema } from '../access-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type CookieRequest = FastifyRequest & { cookies?: Record<string, string | undefined> };

const bearer = ExtractJwt.fromAuthHeaderAsBearerToken();

/** Bearer header first; the httpOnly cookie (forwarded by the web app) only when there is no Authorization header. */
function extractAccessToken(request: CookieRequest): string | null {
  if (request.headers.authorization) {
    return bearer(request);
  }
  return request.cookies?.[ACCESS_COOKIE] ?? null;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  private readonly allowedOrigins: Set<string>;

  constructor(config: ApiConfig) {
    super({
      jwtFromRequest: extractAccessToken as never,
      // A KeyObject, not the string: given a string, jsonwebtoken first tries to parse it as a PEM public key on
      // every verification (and throws), which measured as the largest CPU cost of an authenticated request.
      // passport-jwt passes the key through untouched; its types only predate KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.env.JWT_SECRET, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
    this.allowedOrigins = new Set(config.env.CORS_ORIGINS);
  }

  validate(request: CookieRequest, payload: unknown): Actor | false {
    const claims = AccessTokenClaimsSchema.safeParse(payload);
    if (!claims.success) {
      return false;
    }
    const viaCookie = !request.headers.authorization;
    // CSRF defence: a browser attaches cookies to cross-site requests, but it always sends the real Origin.
    if (viaCookie && UNSAFE_METHODS.has(request.method)) {
      const origin = request.headers.origin;
      if (!origin || !this.allowedOrigins.has(origin)) {
        throw new ForbiddenException(
          'Cookie-authenticated writes need an Origin header from an allowed origin',
        );
      }
    }
    return { kind: 'user', userId: claims.data.sub, email: claims.data.email, name: claims.data.name };
  }
}
