import type { Version3Models } from 'jira.js';
import type { JiraClient } from '../client';
import type { JiraSlaTicket, JiraSlaTickets } from '../evidence';
import type { JiraSettings } from '../settings';
import { searchIssues } from './search-issues';

function optionName(value: unknown): string | null {
  if (typeof value === 'string') {
    return value;
  }
  if (value && typeof value === 'object') {
    const { value: v, name } = value as { value?: unknown; name?: unknown };
    return typeof v === 'string' ? v : typeof name === 'string' ? name : null;
  }
  return null;
}

function toSlaTicket(issue: Version3Models.Issue, severityField: string | undefined): JiraSlaTicket {
  const fields = issue.fields;
  return {
    key: issue.key,
    summary: fields.summary,
    priority: fields.priority?.name ?? null,
    severity: severityField ? optionName(fields[severityField]) : null,
    created: fields.created,
    resolved: fields.resolutiondate ?? null,
    status: fields.status?.name ?? 'Unknown',
  };
}

/** Tickets matching `jql` with the fields an SLA check reads. */
export async function collectSlaTickets(
  client: JiraClient,
  jql: string,
  settings: JiraSettings,
): Promise<JiraSlaTickets> {
  const fields = [
    'summary',
    'priority',
    'created',
    'resolutiondate',
    'status',
    ...(settings.severityField ? [settings.severityField] : []),
  ];
  const issues = await searchIssues(client, jql, fields);
  return { jql, tickets: issues.map((issue) => toSlaTicket(issue, settings.severityField)) };
}
