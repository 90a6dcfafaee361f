import type { ControlStatusValue } from '@kushim/contracts';

/** The columns of an organization's ControlStatus row that the controls routes show. */
export interface ControlStatusRow {
  controlId: string;
  status: ControlStatusValue;
  ownerUserId: string | null;
  passingChecks: number;
  failingChecks: number;
  evaluatedAt: Date | null;
}

/** What a control reads as when the organization has no ControlStatus row: never evaluated, so no evidence yet. */
export const NEVER_EVALUATED = {
  status: 'NEEDS_EVIDENCE',
  ownerUserId: null,
  passingChecks: 0,
  failingChecks: 0,
  evaluatedAt: null,
} as const satisfies Omit<ControlStatusRow, 'controlId'>;
