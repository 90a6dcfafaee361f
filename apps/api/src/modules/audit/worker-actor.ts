/** The audit trail's actor for what the worker does on its own (collects, evaluations, exports). */
export const WORKER_ACTOR = { type: 'SYSTEM' as const, label: 'worker' };
