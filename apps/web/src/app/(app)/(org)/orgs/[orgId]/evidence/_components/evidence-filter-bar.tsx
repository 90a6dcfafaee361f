'use client';

import type { IntegrationView } from '@kushim/contracts';
import { useEffect, useState } from 'react';

import { Button } from '@kushim/ui/components/button';
import { Input } from '@kushim/ui/components/input';
import { Label } from '@kushim/ui/components/label';
import { NativeSelect } from '@kushim/ui/components/native-select';

import type { Filters } from '@/lib/url/search-filters';

export const EVIDENCE_FILTER_KEYS = ['kind', 'integration', 'from', 'to'] as const;
type Key = (typeof EVIDENCE_FILTER_KEYS)[number];

export function EvidenceFilterBar({
  filters,
  onChange,
  integrations,
}: {
  filters: Filters<Key>;
  onChange: (next: Filters<Key>) => void;
  integrations: IntegrationView[];
}) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  return (
    <form
      role="search"
      aria-label="Filter evidence"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft);
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="evidence-kind">Kind</Label>
        <Input
          id="evidence-kind"
          className="w-64"
          placeholder="e.g. aws.iam.users"
          value={draft.kind ?? ''}
          onChange={(event) => setDraft({ ...draft, kind: event.target.value })}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="evidence-integration">Integration</Label>
        <NativeSelect
          id="evidence-integration"
          className="w-56"
          value={draft.integration ?? ''}
          onChange={(event) => setDraft({ ...draft, integration: event.target.value })}
        >
          <option value="">Any integration</option>
          {integrations.map((integration) => (
            <option key={integration.id} value={integration.id}>
              {integration.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="evidence-from">Collected from (UTC)</Label>
        <Input
          id="evidence-from"
          type="date"
          className="w-40"
          value={draft.from ?? ''}
          onChange={(event) => setDraft({ ...draft, from: event.target.value })}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="evidence-to">Collected to (UTC)</Label>
        <Input
          id="evidence-to"
          type="date"
          className="w-40"
          value={draft.to ?? ''}
          onChange={(event) => setDraft({ ...draft, to: event.target.value })}
        />
      </div>
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
