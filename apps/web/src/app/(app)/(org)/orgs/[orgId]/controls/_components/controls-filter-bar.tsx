'use client';

import type { ControlStatusValue } from '@kushim/contracts';
import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';

import { Button } from '@kushim/ui/components/button';
import { Input } from '@kushim/ui/components/input';
import { Label } from '@kushim/ui/components/label';
import { NativeSelect } from '@kushim/ui/components/native-select';

import type { ControlFilters } from '@/lib/controls/control-filters';

const STATUS_OPTIONS: Array<{ value: ControlStatusValue; label: string }> = [
  { value: 'FAILING', label: 'Failing' },
  { value: 'NEEDS_EVIDENCE', label: 'Needs evidence' },
  { value: 'PASSING', label: 'Passing' },
  { value: 'NOT_APPLICABLE', label: 'Not applicable' },
];

const FAMILIES = ['CC1', 'CC2', 'CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9', 'A1', 'C1', 'PI1', 'P1'];

/** Status, criterion and text search; the search applies 300 ms after typing stops. */
export function ControlsFilterBar({
  filters,
  onChange,
}: {
  filters: ControlFilters;
  onChange: (filters: ControlFilters) => void;
}) {
  const [text, setText] = useState(filters.q ?? '');
  const [criterion, setCriterion] = useState(filters.criterion ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useEffect(() => setCriterion(filters.criterion ?? ''), [filters.criterion]);
  useEffect(() => {
    if ((filters.q ?? '') === text.trim()) {
      return;
    }
    const timer = setTimeout(() => onChange({ ...filters, q: text.trim() || undefined }), 300);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);
  return (
    <form
      role="search"
      aria-label="Filter controls"
      className="mb-4 flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({
          ...filters,
          q: text.trim() || undefined,
          criterion: criterion.trim().toUpperCase() || undefined,
        });
      }}
    >
      <div className="grid gap-1.5">
        <Label htmlFor="controls-search">Search</Label>
        <div className="relative">
          <Search
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
            aria-hidden
          />
          <Input
            id="controls-search"
            type="search"
            className="w-64 pl-8"
            placeholder="Id, title or category"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="controls-status">Status</Label>
        <NativeSelect
          id="controls-status"
          className="w-44"
          value={filters.status ?? ''}
          onChange={(event) =>
            onChange({
              ...filters,
              status: (event.target.value || undefined) as ControlStatusValue | undefined,
            })
          }
        >
          <option value="">Any status</option>
          {STATUS_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="controls-criterion">Criterion</Label>
        <Input
          id="controls-criterion"
          className="w-32"
          list="controls-criterion-families"
          placeholder="e.g. CC6.1"
          value={criterion}
          onChange={(event) => setCriterion(event.target.value)}
          onBlur={() => {
            const value = criterion.trim().toUpperCase() || undefined;
            if (value !== filters.criterion) {
              onChange({ ...filters, criterion: value });
            }
          }}
        />
        <datalist id="controls-criterion-families">
          {FAMILIES.map((family) => (
            <option key={family} value={`${family}.1`} />
          ))}
        </datalist>
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
