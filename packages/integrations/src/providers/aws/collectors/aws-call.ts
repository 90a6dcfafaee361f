/**
 * Remembers which IAM action an SDK call needed, so that a bare AccessDenied (S3 answers "Access Denied" without
 * naming the action) still tells the customer exactly which permission to grant. The error itself propagates
 * unchanged; `classifyAwsError` reads the action back.
 */
const actions = new WeakMap<object, string>();

export async function awsCall<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (typeof error === 'object' && error !== null && !actions.has(error)) {
      actions.set(error, action);
    }
    throw error;
  }
}

export function awsActionOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? actions.get(error) : undefined;
}
