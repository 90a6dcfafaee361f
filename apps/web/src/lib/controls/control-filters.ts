import { ControlStatusValueSchema, type ControlStatusValue } from '@kushim/contracts';

/** The controls table's filters, kept in the URL so a filtered view can be shared. */
export type ControlFilters = { status?: ControlStatusValue; criterion?: string; q?: string };

const CRITERION = /^[A-Z]{1,2}\d\.\d{1,2}$/;

/** Reads filters from the page's search params, dropping values the API would refuse. */
export function readControlFilters(params: URLSearchParams): ControlFilters {
  const filters: ControlFilters = {};
  const status = ControlStatusValueSchema.safeParse(params.get('status'));
  if (status.success) {
    filters.status = status.data;
  }
  const criterion = params.get('criterion')?.trim().toUpperCase();
  if (criterion && CRITERION.test(criterion)) {
    filters.criterion = criterion;
  }
  const q = params.get('q')?.trim();
  if (q) {
    filters.q = q.slice(0, 200);
  }
  return filters;
}

/** The search string for filters (without "?"), in a stable order. */
export function writeControlFilters(filters: ControlFilters): string {
  const params = new URLSearchParams();
  if (filters.status) {
    params.set('status', filters.status);
  }
  if (filters.criterion) {
    params.set('criterion', filters.criterion);
  }
  if (filters.q) {
    params.set('q', filters.q);
  }
  return params.toString();
}
