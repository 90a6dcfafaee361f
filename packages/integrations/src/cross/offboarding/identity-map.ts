import { z } from 'zod';

/**
 * Per-organization mapping of usernames that are not emails to the person's email, for systems whose accounts do not
 * carry a (visible) email: `identityMap: { githubLogin: { octocat: 'ann@acme.example' }, awsUserName: { deploy-ann:
 * 'ann@acme.example' } }`. Keys are matched case-insensitively.
 */
export const identityMapSchema = z
  .object({
    githubLogin: z.record(z.string().min(1), z.email()).optional(),
    awsUserName: z.record(z.string().min(1), z.email()).optional(),
  })
  .strict();

export type IdentityMap = z.infer<typeof identityMapSchema>;

const reader = z.object({ identityMap: identityMapSchema.catch({}) }).catch({ identityMap: {} });

/** Username → email lookups from a check context's settings (an invalid map is ignored rather than failing the run). */
export function readIdentityMap(settings: Readonly<Record<string, unknown>>): {
  githubLogin: Map<string, string>;
  awsUserName: Map<string, string>;
} {
  const { identityMap } = reader.parse({ identityMap: settings.identityMap });
  const lower = (record: Record<string, string> | undefined) =>
    new Map(Object.entries(record ?? {}).map(([name, email]) => [name.toLowerCase(), email.toLowerCase()]));
  return { githubLogin: lower(identityMap.githubLogin), awsUserName: lower(identityMap.awsUserName) };
}
