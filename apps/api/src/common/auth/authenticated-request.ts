import type { FastifyRequest } from 'fastify';
import type { Actor, Membership } from './actor';

/** What the guards attach to a request. `user` is where @nestjs/passport puts the strategy's result. */
export type AuthenticatedRequest = FastifyRequest & { user?: Actor; membership?: Membership };
