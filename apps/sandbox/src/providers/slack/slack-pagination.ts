/**
 * Slack cursor pagination: an opaque base64 cursor (`<kind>:<last id>`) in response_metadata.next_cursor, empty on
 * the last page.
 */
export function slackPage<T extends { id?: string }>(
  items: T[],
  kind: string,
  params: { limit?: unknown; cursor?: unknown },
): { items: T[]; nextCursor: string } {
  const requested = Number(params.limit ?? 0);
  // Slack treats 0 or an absent limit as "as many as it likes"; it caps pages at 1000.
  const limit = Number.isInteger(requested) && requested > 0 ? Math.min(requested, 1000) : 1000;
  const after = typeof params.cursor === 'string' && params.cursor ? decode(params.cursor, kind) : undefined;
  const start = after ? items.findIndex((item) => (item.id ?? '') > after) : 0;
  const slice = start < 0 ? [] : items.slice(start, start + limit);
  const more = start >= 0 && start + limit < items.length;
  return {
    items: slice,
    nextCursor: more ? Buffer.from(`${kind}:${slice.at(-1)?.id ?? ''}`).toString('base64') : '',
  };
}

function decode(cursor: string, kind: string): string | undefined {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  return text.startsWith(`${kind}:`) ? text.slice(kind.length + 1) : undefined;
}
