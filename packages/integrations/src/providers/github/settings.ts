import { z } from 'zod';

/** Non-secret GitHub settings. `baseUrl` points at GitHub Enterprise Server (`https://ghe.example.com/api/v3`) or the sandbox. */
export const githubSettingsSchema = z
  .object({
    org: z.string().min(1).describe('Organization login, e.g. acme-corp'),
    baseUrl: z.url().optional().describe('REST API root; default https://api.github.com'),
    repositories: z
      .array(z.string().min(1))
      .optional()
      .describe('Repository names to inspect; default every non-archived repository of the organization'),
    mergedPullRequestLookbackDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .optional()
      .describe('How far back merged pull requests are collected for change management (default 90)'),
  })
  .strict();

export type GithubSettings = z.infer<typeof githubSettingsSchema>;

export const defaultGithubApiUrl = 'https://api.github.com';
export const defaultMergedPullRequestLookbackDays = 90;
