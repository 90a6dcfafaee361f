/**
 * Opaque paging cursor for the controls list: the id of the last control on the previous page. Controls are ordered
 * by their immutable catalog position, so "after this id" stays correct however statuses change between pages.
 */
const CURSOR_PREFIX = 'ctl:';

export function encodeControlsCursor(lastControlId: string): string {
  return Buffer.from(`${CURSOR_PREFIX}${lastControlId}`, 'utf8').toString('base64url');
}

/** The control id inside a cursor, or undefined when the value was not produced by `encodeControlsCursor`. */
export function decodeControlsCursor(cursor: string): string | undefined {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  return decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : undefined;
}
