import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-custom';
import type { Actor } from '../../../common/auth/actor';
import { API_KEY_STRATEGY } from '../../../common/auth/authentication.guard';
import { ApiKeyAuthenticator } from '../../api-keys/api-key-authenticator.service';

const API_KEY_BEARER = /^Bearer\s+(ksm_[A-Za-z0-9_-]{1,200})$/;

/** `Authorization: Bearer ksm_…`. Anything else is left to the JWT strategy. */
@Injectable()
export class ApiKeyStrategy extends PassportStrategy(Strategy, API_KEY_STRATEGY) {
  constructor(private readonly authenticator: ApiKeyAuthenticator) {
    super();
  }

  async validate(request: FastifyRequest): Promise<Actor | false> {
    const match = API_KEY_BEARER.exec(request.headers.authorization ?? '');
    if (!match?.[1]) {
      return false;
    }
    return (await this.authenticator.authenticate(match[1])) ?? false;
  }
}
