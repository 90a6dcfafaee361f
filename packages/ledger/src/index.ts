export { canonicalJson } from './canonical-json';
export type { JsonObject, JsonPrimitive, JsonValue } from './json-value';
export {
  AUDIT_EVENT_BODY_VERSION,
  auditEventBody,
  type AuditEventBody,
  type ChainedLedgerEvent,
  type LedgerActorType,
  type LedgerEvent,
} from './audit-event-body';
export { chainHash, GENESIS_HASH } from './chain-hash';
export {
  ChainVerifier,
  verifyChain,
  type ChainBreakReason,
  type ChainVerification,
  type ChainVerifierOptions,
} from './verify-chain';
export {
  CHECKPOINT_PAYLOAD_VERSION,
  checkpointPayload,
  signCheckpoint,
  verifyCheckpoint,
  type CheckpointFields,
  type CheckpointVerification,
  type PublicKeysById,
  type SignedCheckpoint,
} from './checkpoint';
export {
  verifyCheckpointChain,
  type CheckpointChainBreakReason,
  type CheckpointChainVerification,
} from './checkpoint-chain';
export { ledgerKeyId } from './ledger-key-id';
export {
  LedgerVerifier,
  type LedgerBreakReason,
  type LedgerVerification,
  type LedgerVerifierOptions,
} from './verify-ledger';
export * from './export-format';
export * from './export-verify';
