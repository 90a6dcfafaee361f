import { z } from 'zod';

/** The API's error body: `{statusCode, error, message, issues: [{path, message}]}`. */
const apiErrorBody = z.object({
  statusCode: z.number().optional(),
  error: z.string().optional(),
  message: z.union([z.string(), z.array(z.string())]).optional(),
  issues: z
    .array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() }))
    .optional(),
});

export type ApiErrorBody = z.infer<typeof apiErrorBody>;

/** A failed API call: `status` 0 means the API could not be reached at all. */
export type ApiFailure = {
  ok: false;
  status: number;
  body: ApiErrorBody;
  retryAfterSeconds: number | undefined;
};

export async function readApiFailure(response: Response): Promise<ApiFailure> {
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = apiErrorBody.safeParse(json);
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    body: parsed.success ? parsed.data : {},
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : undefined,
  };
}

export const unreachableApi: ApiFailure = { ok: false, status: 0, body: {}, retryAfterSeconds: undefined };

export function apiMessage(body: ApiErrorBody): string | undefined {
  return Array.isArray(body.message) ? body.message.join(' ') : body.message;
}
