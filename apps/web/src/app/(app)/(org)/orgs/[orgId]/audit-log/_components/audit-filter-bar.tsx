'use client';

import { useEffect, useState } from 'react';

import { Button } from '@kushim/ui/components/button';
import { Input } from '@kushim/ui/components/input';
import { Label } from '@kushim/ui/components/label';

import type { Filters } from '@/lib/url/search-filters';

export const AUDIT_FILTER_KEYS = ['action', 'actor', 'from', 'to'] as const;
type Key = (typeof AUDIT_FILTER_KEYS)[number];

/** Action (exact or a prefix like auth.*), actor, and a date range; applied on submit, kept in the address. */
export function AuditFilterBar({
  filters,
  onChange,
}: {
  filters: Filters<Key>;
  onChange: (next: Filters<Key>) => void;
}) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const field = (key: Key, label: string, props: React.ComponentProps<typeof Input>) => (
    <div className="grid gap-1.5">
      <Label htmlFor={`audit-${key}`}>{label}</Label>
      <Input
        id={`audit-${key}`}
        value={draft[key] ?? ''}
        onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
        {...props}
      />
    </div>
  );
  return (
    <form
      role="search"
      aria-label="Filter events"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft);
      }}
    >
      {field('action', 'Action', { placeholder: 'e.g. exception.* or member.invited', className: 'w-64' })}
      {field('actor', 'Actor', { placeholder: 'Name, email or id', className: 'w-48' })}
      {field('from', 'From (UTC)', { type: 'date', className: 'w-40' })}
      {field('to', 'To (UTC)', { type: 'date', className: 'w-40' })}
      <Button type="submit" variant="secondary">
        Apply
      </Button>
      {Object.keys(filters).length > 0 ? (
        <Button type="button" variant="ghost" onClick={() => onChange({})}>
          Clear
        </Button>
      ) : null}
    </form>
  );
}
