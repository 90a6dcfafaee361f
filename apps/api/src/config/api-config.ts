import type { Env } from './env.schema';

/** The parsed environment as an injectable (provided once by ApiModule.forRoot / the worker module). */
export class ApiConfig {
  constructor(readonly env: Env) {}
}
