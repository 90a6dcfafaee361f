const DEFAULT_API_URL = 'http://127.0.0.1:4000';

/** Absolute URL of an API path. API_URL is read at request time so one build serves any deployment. */
export function apiUrl(path: string): string {
  const base = (process.env.API_URL ?? DEFAULT_API_URL).replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
