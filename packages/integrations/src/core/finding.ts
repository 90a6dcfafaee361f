/** The resource a finding is about, named so a person can find it in the provider's console. */
export interface ResourceRef {
  /** e.g. `aws-iam-user`, `github-repository`, `okta-user`. */
  type: string;
  /** Stable identifier within the provider (ARN, `owner/repo`, user id …). */
  id: string;
  /** Human-readable name when it differs from the id. */
  name?: string;
}

export type FindingStatus = 'PASS' | 'FAIL';

/** One inspected resource's outcome. Every finding cites the evidence kinds it was computed from. */
export interface Finding {
  resource: ResourceRef;
  status: FindingStatus;
  /** Why, in a sentence a compliance manager understands: "MFA is not enabled for user alice". */
  reason: string;
  /** Evidence kinds read to reach this finding. */
  evidence: string[];
}
