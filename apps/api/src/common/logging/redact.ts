/** Keys whose values never reach a log line, wherever they appear in the logged object. */
const SECRET_KEY = /authorization|cookie|password|passwd|secret|token|api[-_]?key|^key$|credential/i;
/** Values that look like credentials even under an innocent key (Bearer headers, ksm_ keys, JWTs). */
const SECRET_VALUE =
  /(bearer\s+\S+|ksm_[A-Za-z0-9_-]{8,}|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)/gi;

export const REDACTED = '[REDACTED]';

export const isSecretKey = (key: string): boolean => SECRET_KEY.test(key);

export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') {
    return value.replace(SECRET_VALUE, REDACTED);
  }
  if (value === null || typeof value !== 'object' || depth > 8) {
    return value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => redactValue(item, depth + 1));
  }
  if (value instanceof Error) {
    return redactValue({ name: value.name, message: value.message, stack: value.stack }, depth);
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redactValue(item, depth + 1);
  }
  return out;
}
