/**
 * Jira keys of `projectKey` referenced by a pull request: in its title, head branch or description. Branch names are
 * often lower-case (`chg-101-rate-limit`), so matching ignores case and returns upper-case keys.
 */
export function referencedTicketKeys(projectKey: string, texts: string[]): string[] {
  const pattern = new RegExp(`(?<![A-Za-z0-9])${projectKey}-(\\d+)(?![0-9])`, 'gi');
  const keys = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      keys.add(`${projectKey.toUpperCase()}-${Number(match[1])}`);
    }
  }
  return [...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
