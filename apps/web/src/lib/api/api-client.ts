'use client';

import type { z } from 'zod';

import { readApiFailure } from './api-error';
import { RequestError } from './request-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type RequestOptions<T> = {
  method?: Method;
  /** JSON body, or FormData for uploads. */
  body?: unknown;
  /** Validates the response; the dashboard never trusts a shape it did not check. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
};

let renewal: Promise<boolean> | undefined;

/** One session renewal shared by every call that got a 401 at the same time (refresh tokens rotate). */
function renewSession(): Promise<boolean> {
  renewal ??= fetch('/auth/renew', { method: 'POST', credentials: 'same-origin' })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      setTimeout(() => (renewal = undefined), 1000);
    });
  return renewal;
}

async function send(path: string, options: RequestOptions<unknown>): Promise<Response> {
  const isForm = typeof FormData !== 'undefined' && options.body instanceof FormData;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined && !isForm) {
    headers['content-type'] = 'application/json';
  }
  return fetch(`/api/v1${path}`, {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    cache: 'no-store',
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.body === undefined
      ? {}
      : { body: isForm ? (options.body as FormData) : JSON.stringify(options.body) }),
  });
}

/**
 * Calls the Kushim API through the web server's /api/v1 pass-through with the httpOnly session cookie.
 * Renews an expired session once; when the session is over, goes to the sign-in page.
 */
export async function apiRequest<T = unknown>(path: string, options: RequestOptions<T> = {}): Promise<T> {
  let response: Response;
  try {
    response = await send(path, options);
    if (response.status === 401 && (await renewSession())) {
      response = await send(path, options);
    }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new RequestError(0, {}, undefined);
  }
  if (response.status === 401) {
    window.location.assign(`/sign-in?reason=expired&next=${encodeURIComponent(window.location.pathname)}`);
    throw new RequestError(401, { message: 'Your session has ended. Sign in again.' }, undefined);
  }
  if (!response.ok) {
    const failure = await readApiFailure(response);
    throw new RequestError(failure.status, failure.body, response.headers.get('x-request-id') ?? undefined);
  }
  if (response.status === 204 || (response.status === 202 && !options.schema)) {
    return undefined as T;
  }
  const json: unknown = await response.json();
  if (!options.schema) {
    return json as T;
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    // The API broke its own contract: report it rather than render a half-understood answer.
    throw new RequestError(
      502,
      { message: 'The server sent an answer this page does not understand.' },
      undefined,
    );
  }
  return parsed.data;
}
