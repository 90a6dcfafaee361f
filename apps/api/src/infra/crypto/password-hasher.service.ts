import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. (@node-rs/argon2 defaults to argon2id; its Algorithm
 * enum is a const enum, which isolatedModules cannot import.)
 */
export const ARGON2_PARAMS = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

@Injectable()
export class PasswordHasher {
  /** A real hash of a random secret: verifying against it costs what a real verification costs. */
  private readonly dummyHash: Promise<string> = hash(randomBytes(32).toString('base64url'), ARGON2_PARAMS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_PARAMS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /** For unknown emails: spend the same time as a real check so response times do not reveal which emails exist. */
  async verifyAgainstDummy(password: string): Promise<false> {
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
