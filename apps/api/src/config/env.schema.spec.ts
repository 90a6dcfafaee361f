import { describe, expect, it } from 'vitest';
import { deriveAppDatabaseUrl, parseEnv } from './env.schema';

describe('parseEnv', () => {
  it('fills every default from an empty environment', () => {
    const result = parseEnv({});
    expect(result.ok).toBe(true);
    if (!result.ok) {
      return;
    }
    expect(result.env).toMatchObject({
      NODE_ENV: 'development',
      HOST: '0.0.0.0',
      PORT: 4000,
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/kushim',
      DATABASE_POOL_MAX: 10,
      REDIS_URL: 'redis://127.0.0.1:6379',
      REDIS_PREFIX: 'kushim',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_SECONDS: 2_592_000,
      CORS_ORIGINS: ['http://localhost:3000'],
      WEB_URL: 'http://localhost:3000',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: 1200,
    });
    expect(result.env.SENTRY_DSN).toBeUndefined();
  });

  it('splits CORS_ORIGINS on commas', () => {
    const result = parseEnv({ CORS_ORIGINS: 'https://a.example, https://b.example' });
    expect(result.ok && result.env.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });

  it('names a PORT that is not a port number', () => {
    const result = parseEnv({ PORT: 'eighty' });
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.problems.map((p) => p.variable)).toEqual(['PORT']);
  });

  it('requires JWT_SECRET and CREDENTIALS_KEYS in production, by name', () => {
    const result = parseEnv({ NODE_ENV: 'production' });
    expect(result.ok).toBe(false);
    if (result.ok) {
      return;
    }
    expect(result.problems).toEqual([
      { variable: 'JWT_SECRET', message: 'is required in production' },
      { variable: 'CREDENTIALS_KEYS', message: 'is required in production' },
    ]);
  });

  it('names CREDENTIALS_KEYS when a key is not 32 bytes', () => {
    const result = parseEnv({ CREDENTIALS_KEYS: `k1:${Buffer.alloc(16).toString('base64')}` });
    expect(!result.ok && result.problems).toEqual([
      { variable: 'CREDENTIALS_KEYS', message: 'key "k1" must be 32 bytes (base64)' },
    ]);
  });

  it('refuses a short JWT_SECRET', () => {
    const result = parseEnv({ JWT_SECRET: 'too-short' });
    expect(!result.ok && result.problems[0]?.variable).toBe('JWT_SECRET');
  });

  it('reads per-queue limits from QUEUE_LIMITS, none when unset', () => {
    const result = parseEnv({ QUEUE_LIMITS: 'collect.github=8:5000/1h,evaluate=2' });
    expect(result.ok && result.env.QUEUE_LIMITS).toEqual({
      'collect.github': { concurrency: 8, limiter: { max: 5000, durationMs: 3_600_000 } },
      evaluate: { concurrency: 2 },
    });
    const unset = parseEnv({});
    expect(unset.ok && unset.env.QUEUE_LIMITS).toEqual({});
  });

  it('names QUEUE_LIMITS when an entry is malformed or names an unknown queue', () => {
    for (const value of ['collect.github=eight', 'collect.gitlab=8']) {
      const result = parseEnv({ QUEUE_LIMITS: value });
      expect(!result.ok && result.problems.map((p) => p.variable)).toEqual(['QUEUE_LIMITS']);
    }
  });
});

describe('deriveAppDatabaseUrl', () => {
  it('replaces the user with kushim_app and drops the password', () => {
    expect(deriveAppDatabaseUrl('postgresql://owner:s3cret@db.internal:5433/kushim?sslmode=require')).toBe(
      'postgresql://kushim_app@db.internal:5433/kushim?sslmode=require',
    );
  });
});
