'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useMemo } from 'react';

import { filtersQuery, readFilters, type Filters } from './search-filters';

/** The page's filters from its address, and a setter that replaces the address (shareable, back-button friendly). */
export function useSearchFilters<Key extends string>(keys: readonly Key[]) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = searchParams.toString();
  const filters = useMemo(() => readFilters(new URLSearchParams(query), keys), [query, keys]);
  const setFilters = useCallback(
    (next: Filters<Key>) => {
      const search = filtersQuery(next, keys);
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false });
    },
    [keys, pathname, router],
  );
  return [filters, setFilters] as const;
}
