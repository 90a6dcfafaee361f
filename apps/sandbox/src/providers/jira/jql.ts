import type { JiraScenarioIssue } from './jira-scenario';

/**
 * The JQL subset Kushim sends: `field op value` clauses joined by AND (project, issuetype, labels, status,
 * statusCategory, key with `=`; status and statusCategory also with `!=`; created/updated with `>=`/`<=` and
 * relative `-Nd` or ISO dates) and an optional ORDER BY.
 */
export class JqlError extends Error {}

type Predicate = (issue: JiraScenarioIssue) => boolean;

/** The status category (key `done`, name `Done`, …) of a status name, from the scenario's statuses. */
export type StatusCategoryOf = (status: string) => { key?: string; name?: string } | undefined;

const unquote = (v: string) =>
  v
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/\\(["\\])/g, '$1');

function dateValue(value: string, now: Date): number {
  const relative = /^-(\d+)([dwh])$/.exec(value);
  if (relative) {
    const unit = { d: 86_400_000, w: 604_800_000, h: 3_600_000 }[relative[2] as 'd' | 'w' | 'h'];
    return now.getTime() - Number(relative[1]) * unit;
  }
  const at = Date.parse(value);
  if (Number.isNaN(at)) {
    throw new JqlError(`Date value '${value}' for field is invalid.`);
  }
  return at;
}

function clause(text: string, now: Date, categoryOf: StatusCategoryOf): Predicate {
  const match = /^(\w+)\s*(>=|<=|!=|=)\s*(.+)$/.exec(text.trim());
  if (!match) {
    throw new JqlError(
      `Error in the JQL Query: '${text.trim()}' is not a clause Kushim's sandbox understands.`,
    );
  }
  const [, field = '', op, raw = ''] = match;
  const value = unquote(raw);
  const lower = value.toLowerCase();
  const negatable = ['status', 'statuscategory'];
  if (op === '!=' && !negatable.includes(field.toLowerCase())) {
    throw new JqlError(
      `Error in the JQL Query: '${text.trim()}' is not a clause Kushim's sandbox understands.`,
    );
  }
  const equal = (matches: Predicate): Predicate => (op === '!=' ? (i) => !matches(i) : matches);
  switch (field.toLowerCase()) {
    case 'project':
      return (i) => i.project.toLowerCase() === lower;
    case 'issuetype':
      return (i) => i.issueType.toLowerCase() === lower;
    case 'labels':
      return (i) => i.labels.some((l) => l.toLowerCase() === lower);
    case 'status':
      return equal((i) => i.status.toLowerCase() === lower);
    case 'statuscategory':
      return equal((i) => {
        const category = categoryOf(i.status);
        return category?.key?.toLowerCase() === lower || category?.name?.toLowerCase() === lower;
      });
    case 'key':
      return (i) => i.key.toLowerCase() === lower;
    case 'created':
    case 'updated': {
      const at = dateValue(value, now);
      const pick = (i: JiraScenarioIssue) =>
        Date.parse(field.toLowerCase() === 'created' ? i.created : i.updated);
      return op === '>=' ? (i) => pick(i) >= at : op === '<=' ? (i) => pick(i) <= at : (i) => pick(i) === at;
    }
    default:
      throw new JqlError(`Field '${field}' does not exist or you do not have permission to view it.`);
  }
}

export function runJql(
  jql: string,
  issues: JiraScenarioIssue[],
  now: Date = new Date(),
  categoryOf: StatusCategoryOf = () => undefined,
): JiraScenarioIssue[] {
  const [where = '', orderBy] = jql.split(/\s+ORDER\s+BY\s+/i);
  const predicates = where.trim() ? where.split(/\s+AND\s+/i).map((c) => clause(c, now, categoryOf)) : [];
  const selected = issues.filter((issue) => predicates.every((p) => p(issue)));
  const order = /^(\w+)(?:\s+(ASC|DESC))?$/i.exec(orderBy?.trim() ?? '');
  if (order) {
    const field = order[1]!.toLowerCase();
    const sign = order[2]?.toUpperCase() === 'DESC' ? -1 : 1;
    const value = (i: JiraScenarioIssue) =>
      field === 'created' ? i.created : field === 'updated' ? i.updated : i.key;
    selected.sort((a, b) => sign * value(a).localeCompare(value(b), 'en', { numeric: true }));
  }
  return selected;
}
