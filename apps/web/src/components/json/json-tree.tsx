'use client';

import { useState } from 'react';

import { Button } from '@kushim/ui/components/button';

const PAGE = 100;

/**
 * A read-only JSON tree: objects and arrays fold with native <details> (keyboard and screen-reader friendly),
 * long arrays show 100 items at a time.
 */
export function JsonTree({ value, label }: { value: unknown; label: string }) {
  return (
    <div
      className="overflow-x-auto rounded-md border bg-muted/30 p-3 font-mono text-xs"
      role="group"
      aria-label={label}
    >
      <JsonNode value={value} depth={0} />
    </div>
  );
}

function JsonNode({ value, name, depth }: { value: unknown; name?: string; depth: number }) {
  const key = name === undefined ? null : <span className="text-muted-foreground">{name}: </span>;
  if (value === null || typeof value !== 'object') {
    return (
      <div className="py-0.5 break-all">
        {key}
        <Scalar value={value} />
      </div>
    );
  }
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  const summary = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`;
  return (
    <details open={depth < 2} className="py-0.5">
      <summary className="cursor-pointer rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-ring">
        {key}
        <span className="text-muted-foreground">{summary}</span>
      </summary>
      <Entries entries={entries} depth={depth} />
    </details>
  );
}

function Entries({ entries, depth }: { entries: Array<[string, unknown]>; depth: number }) {
  const [shown, setShown] = useState(PAGE);
  return (
    <div className="border-l pl-4">
      {entries.slice(0, shown).map(([name, item]) => (
        <JsonNode key={name} name={name} value={item} depth={depth + 1} />
      ))}
      {entries.length > shown ? (
        <Button variant="link" size="sm" className="h-6 px-0 text-xs" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown}
        </Button>
      ) : null}
    </div>
  );
}

function Scalar({ value }: { value: unknown }) {
  if (typeof value === 'string') {
    return <span className="text-emerald-700 dark:text-emerald-400">&quot;{value}&quot;</span>;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return <span className="text-sky-700 dark:text-sky-400">{String(value)}</span>;
  }
  return <span className="text-muted-foreground">null</span>;
}
