import { z } from 'zod';

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]+$/, 'a Jira project key such as SEC');

/**
 * Non-secret Jira settings: where incidents, vulnerabilities and change tickets live, and the approval convention.
 * A change ticket is approved when its status changed to `approvedStatus` (read from the changelog).
 */
export const jiraSettingsSchema = z
  .object({
    host: z.url().describe('Jira site, e.g. https://acme.atlassian.net'),
    incidentProjectKey: projectKey.describe('Project holding security incidents'),
    incidentIssueType: z
      .string()
      .min(1)
      .optional()
      .describe('Issue type of security incidents (default "Incident")'),
    vulnerabilityProjectKey: projectKey
      .optional()
      .describe('Project holding vulnerability tickets (default: the incident project)'),
    vulnerabilityIssueType: z
      .string()
      .min(1)
      .optional()
      .describe('Issue type of vulnerability tickets (default "Vulnerability")'),
    vulnerabilityLabel: z
      .string()
      .min(1)
      .optional()
      .describe('Label marking vulnerability tickets, instead of an issue type'),
    changeProjectKey: projectKey.optional().describe('Project holding change tickets (default "CHG")'),
    approvedStatus: z
      .string()
      .min(1)
      .optional()
      .describe('Status a change ticket moves to when approved (default "Approved")'),
    severityField: z
      .string()
      .regex(/^customfield_\d+$/)
      .optional()
      .describe('Custom field holding severity; default: the priority'),
    lookbackDays: z
      .number()
      .int()
      .min(1)
      .max(730)
      .optional()
      .describe('How far back tickets are read (default 365)'),
  })
  .strict();

export type JiraSettings = z.infer<typeof jiraSettingsSchema>;

export const jiraDefaults = {
  incidentIssueType: 'Incident',
  vulnerabilityIssueType: 'Vulnerability',
  changeProjectKey: 'CHG',
  approvedStatus: 'Approved',
  lookbackDays: 365,
} as const;
