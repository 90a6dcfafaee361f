import { isIP } from 'node:net';

/**
 * Which proxies may tell the API the client's address (X-Forwarded-For), in the shapes Fastify's `trustProxy`
 * accepts: `false` (use the socket address), a hop count, or addresses / CIDRs / proxy-addr's named ranges.
 */
export type TrustProxySetting = false | number | string[];

export type TrustProxyParseResult = { ok: true; value: TrustProxySetting } | { ok: false; message: string };

export const DEFAULT_TRUST_PROXY = 'loopback';

/** proxy-addr's named ranges: 127.0.0.0/8 + ::1, 169.254.0.0/16 + fe80::/10, 10/8 + 172.16/12 + 192.168/16 + fc00::/7. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 100;
const EXPECTED =
  'must be false, a hop count, or a comma list of IPs, CIDRs, loopback, linklocal or uniquelocal';

function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) {
    return false;
  }
  if (prefix === undefined) {
    return true;
  }
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Pure parse of TRUST_PROXY (empty → the default, loopback: the web app's proxy on the same host). */
export function parseTrustProxy(raw: string | undefined): TrustProxyParseResult {
  const value = (raw ?? '').trim() || DEFAULT_TRUST_PROXY;
  if (value.toLowerCase() === 'false') {
    return { ok: true, value: false };
  }
  if (value.toLowerCase() === 'true') {
    // Trusting every hop lets any client choose the address its login throttling and audit trail record.
    return { ok: false, message: `${EXPECTED}; true would trust a forged X-Forwarded-For from any client` };
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= MAX_HOPS
      ? { ok: true, value: hops }
      : { ok: false, message: `hop count must be at most ${MAX_HOPS}` };
  }
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) {
    return { ok: false, message: EXPECTED };
  }
  const invalid = entries.find((entry) => !NAMED_RANGES.has(entry.toLowerCase()) && !isAddressOrCidr(entry));
  if (invalid !== undefined) {
    return { ok: false, message: `${EXPECTED} (not understood: "${invalid}")` };
  }
  return {
    ok: true,
    value: entries.map((entry) => (NAMED_RANGES.has(entry.toLowerCase()) ? entry.toLowerCase() : entry)),
  };
}
