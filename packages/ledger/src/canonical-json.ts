import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) serialisation: object keys sorted by UTF-16 code units, no whitespace,
 * numbers in ECMAScript shortest form (`1e+21`, `-0` → `0`), strings escaped as JSON.stringify does.
 * Hashes and signatures are computed over these bytes, so any implementation of RFC 8785 can re-verify them.
 */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) {
    throw new TypeError(
      'canonicalJson: the value has no JSON representation (undefined, a function or a symbol)',
    );
  }
  return text;
}
