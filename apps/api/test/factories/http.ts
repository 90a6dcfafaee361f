import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface HttpResult<T = unknown> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  text: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  /** Sent as-is (for malformed JSON). */
  rawBody?: string;
  headers?: Record<string, string>;
  /** Client address as the server sees it (per-IP throttling). */
  remoteAddress?: string;
}

/** One request through Fastify's inject (no socket). Bodies are parsed when JSON. */
export async function call<T = Record<string, unknown>>(
  app: NestFastifyApplication,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  options: RequestOptions = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) {
    headers.authorization = `Bearer ${options.token}`;
  }
  let payload: string | undefined;
  if (options.rawBody !== undefined) {
    payload = options.rawBody;
    headers['content-type'] ??= 'application/json';
  } else if (options.body !== undefined) {
    payload = JSON.stringify(options.body);
    headers['content-type'] = 'application/json';
  }
  const response = await app.inject({ method, url, headers, payload, remoteAddress: options.remoteAddress });
  let body: unknown = response.body;
  try {
    body = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    // Not JSON (metrics, docs): keep the text.
  }
  return { status: response.statusCode, headers: response.headers, body: body as T, text: response.body };
}
