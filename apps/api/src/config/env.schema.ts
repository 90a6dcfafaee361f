import { z } from 'zod';
import { parseCredentialKeys } from '@/infra/crypto/credential-keys';
import { parseQueueLimits } from '@/infra/queue/parse-queue-limits';
import { KNOWN_QUEUES } from '@/infra/queue/queue-limits';
import { parseTrustProxy } from './trust-proxy';

const integer = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** A URL with one of the given protocols. */
const url = (protocols: string[]) =>
  z.url().refine((value) => protocols.includes(new URL(value).protocol), {
    message: `must be a ${protocols.map((p) => p.replace(':', '://')).join(' or ')} URL`,
  });

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * Every environment variable the API and the worker read, parsed once at boot (loadEnv). Values that depend on
 * others (DATABASE_APP_URL, the development JWT secret) are derived after parsing.
 */
export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: integer(4000, 0, 65535),
    DATABASE_URL: url(['postgresql:', 'postgres:']).default('postgresql://postgres@127.0.0.1:5432/kushim'),
    DATABASE_APP_URL: optionalText.pipe(url(['postgresql:', 'postgres:']).optional()),
    DATABASE_POOL_MAX: integer(10, 1, 500),
    REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_.:-]+$/, 'may contain only letters, digits, _ . : -')
      .default('kushim'),
    JWT_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    ACCESS_TOKEN_TTL_SECONDS: integer(900, 30, 86_400),
    REFRESH_TOKEN_TTL_SECONDS: integer(2_592_000, 60, 31_536_000),
    CORS_ORIGINS: z
      .string()
      .default('http://localhost:3000')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter((origin) => origin !== ''),
      )
      .pipe(z.array(z.url({ message: 'must be a comma-separated list of origins' }))),
    WEB_URL: url(['http:', 'https:']).default('http://localhost:3000'),
    /** smtp:// or smtps:// with credentials; unset → no email is sent (invitations are shown once in the UI). */
    SMTP_URL: optionalText.pipe(url(['smtp:', 'smtps:']).optional()),
    MAIL_FROM: z
      .string()
      .trim()
      .regex(/@/, 'must be an address, optionally with a name: Kushim <no-reply@example.com>')
      .default('Kushim <no-reply@localhost>'),
    /** Proxies whose X-Forwarded-For gives the client address (login throttling, audit ip, rate limits). */
    TRUST_PROXY: optionalText.transform((value, ctx) => {
      const result = parseTrustProxy(value);
      if (result.ok) {
        return result.value;
      }
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }),
    LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']).default('info'),
    SENTRY_DSN: optionalText.pipe(z.url().optional()),
    RATE_LIMIT_PER_MINUTE: integer(1200, 0, 10_000_000),
    LEDGER_SIGNING_KEY: optionalText,
    LEDGER_SIGNING_KEY_ID: optionalText,
    LEDGER_KEYS_DIR: optionalText,
    KUSHIM_STATE_DIR: optionalText,
    /** Comma-separated `<keyId>:<base64 32-byte key>`; the vault for provider credentials (AES-256-GCM). */
    CREDENTIALS_KEYS: optionalText,
    CREDENTIALS_ACTIVE_KEY_ID: optionalText,
    /** Where manual evidence files go: a local directory (default `<state dir>/evidence`) or S3-compatible storage. */
    EVIDENCE_STORAGE: z.enum(['local', 's3']).default('local'),
    EVIDENCE_DIR: optionalText,
    EVIDENCE_S3_BUCKET: optionalText,
    EVIDENCE_S3_REGION: z.string().trim().min(1).default('us-east-1'),
    /** An S3-compatible endpoint (MinIO, R2, …); unset → AWS. */
    EVIDENCE_S3_ENDPOINT: optionalText.pipe(url(['http:', 'https:']).optional()),
    EVIDENCE_S3_FORCE_PATH_STYLE: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    /** Unset → the AWS SDK's default credential chain (instance role, AWS_* variables, profile). */
    EVIDENCE_S3_ACCESS_KEY_ID: optionalText,
    EVIDENCE_S3_SECRET_ACCESS_KEY: optionalText,
    EVIDENCE_MAX_UPLOAD_MB: integer(25, 1, 1024),
    /** BullMQ: how long a job's lock lives without renewal, and how often workers look for jobs whose worker died. */
    QUEUE_LOCK_DURATION_MS: integer(30_000, 1_000, 600_000),
    QUEUE_STALLED_INTERVAL_MS: integer(30_000, 500, 600_000),
    /** Per-queue concurrency and rate limiter over the defaults, e.g. `collect.github=8:5000/1h,evaluate=2`. */
    QUEUE_LIMITS: optionalText.transform((value, ctx) => {
      const result = parseQueueLimits(value, KNOWN_QUEUES);
      if (result.ok) {
        return result.limits;
      }
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !env.CREDENTIALS_KEYS) {
      ctx.addIssue({ code: 'custom', path: ['CREDENTIALS_KEYS'], message: 'is required in production' });
    }
    if (env.EVIDENCE_STORAGE === 's3' && !env.EVIDENCE_S3_BUCKET) {
      ctx.addIssue({
        code: 'custom',
        path: ['EVIDENCE_S3_BUCKET'],
        message: 'is required when EVIDENCE_STORAGE=s3',
      });
    }
    if (Boolean(env.EVIDENCE_S3_ACCESS_KEY_ID) !== Boolean(env.EVIDENCE_S3_SECRET_ACCESS_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: ['EVIDENCE_S3_SECRET_ACCESS_KEY'],
        message: 'must be set together with EVIDENCE_S3_ACCESS_KEY_ID',
      });
    }
    if (env.CREDENTIALS_KEYS) {
      try {
        parseCredentialKeys(env.CREDENTIALS_KEYS, env.CREDENTIALS_ACTIVE_KEY_ID);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'is invalid';
        ctx.addIssue({ code: 'custom', path: ['CREDENTIALS_KEYS'], message });
      }
    }
  });

export type ParsedEnv = z.infer<typeof EnvSchema>;

/** The environment after derivation: every value the application reads. */
export type Env = Omit<
  ParsedEnv,
  | 'DATABASE_APP_URL'
  | 'JWT_SECRET'
  | 'LEDGER_KEYS_DIR'
  | 'KUSHIM_STATE_DIR'
  | 'CREDENTIALS_KEYS'
  | 'EVIDENCE_DIR'
> & {
  EVIDENCE_DIR: string;
  CREDENTIALS_KEYS: string;
  DATABASE_APP_URL: string;
  JWT_SECRET: string;
  LEDGER_KEYS_DIR: string;
  KUSHIM_STATE_DIR: string;
};

export interface EnvProblem {
  variable: string;
  message: string;
}

/** The application role's URL: DATABASE_URL with the user replaced by kushim_app and no password. */
export function deriveAppDatabaseUrl(databaseUrl: string): string {
  const appUrl = new URL(databaseUrl);
  appUrl.username = 'kushim_app';
  appUrl.password = '';
  return appUrl.toString();
}

export type EnvParseResult = { ok: true; env: ParsedEnv } | { ok: false; problems: EnvProblem[] };

/** Pure parse of a variable map; never throws, never reads files. */
export function parseEnv(source: Record<string, string | undefined>): EnvParseResult {
  const result = EnvSchema.safeParse(source);
  if (result.success) {
    return { ok: true, env: result.data };
  }
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? '(environment)'),
      message: issue.message,
    })),
  };
}
