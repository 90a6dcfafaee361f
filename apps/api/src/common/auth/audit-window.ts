/** The period a windowed AUDITOR may see: [from, to). Null for every other caller. */
export interface AuditWindowRange {
  from: Date;
  to: Date;
}

/**
 * A caller's optional [from, to) filter narrowed to the window: the later start and the earlier end. With no
 * window the filter is returned as given. An empty result (from ≥ to) simply matches nothing.
 */
export function narrowToWindow(
  range: { from?: Date; to?: Date },
  window: AuditWindowRange | null,
): { from?: Date; to?: Date } {
  if (!window) {
    return range;
  }
  return {
    from: range.from && range.from > window.from ? range.from : window.from,
    to: range.to && range.to < window.to ? range.to : window.to,
  };
}

/** Whether `at` falls inside the window (always true without one). */
export function isInWindow(at: Date, window: AuditWindowRange | null): boolean {
  return !window || (at >= window.from && at < window.to);
}

/** A Prisma time filter `{gte, lt}` for an optional range, or undefined when the range is open on both ends. */
export function timeFilter(range: { from?: Date; to?: Date }): { gte?: Date; lt?: Date } | undefined {
  if (!range.from && !range.to) {
    return undefined;
  }
  return { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lt: range.to } : {}) };
}
