/** The worker cannot sign checkpoints: no key configured where generating one is not allowed, or a bad key. */
export class LedgerSigningKeyError extends Error {
  override readonly name = 'LedgerSigningKeyError';
}
