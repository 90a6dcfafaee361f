import { z } from 'zod';
import { RoleSchema } from '../common/role';

/** API keys act with a role below OWNER. */
export const ApiKeyRoleSchema = z.enum(['ADMIN', 'COMPLIANCE_MANAGER', 'AUDITOR', 'VIEWER']);

export const CreateApiKeyRequestSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
    role: ApiKeyRoleSchema,
  })
  .strict();
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequestSchema>;

export const ApiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The first characters of the key, to recognise it; the key itself is never shown again. */
  prefix: z.string(),
  role: RoleSchema,
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKeyView = z.infer<typeof ApiKeySchema>;

export const CreateApiKeyResponseSchema = z.object({
  /** `ksm_…`: shown once. */
  key: z.string(),
  apiKey: ApiKeySchema,
});
export type CreateApiKeyResponse = z.infer<typeof CreateApiKeyResponseSchema>;

export const ApiKeyListSchema = z.object({ items: z.array(ApiKeySchema) });
export type ApiKeyList = z.infer<typeof ApiKeyListSchema>;

export const ApiKeyParamsSchema = z
  .object({ orgId: z.uuid({ message: 'must be a UUID' }), apiKeyId: z.uuid({ message: 'must be a UUID' }) })
  .strict();
