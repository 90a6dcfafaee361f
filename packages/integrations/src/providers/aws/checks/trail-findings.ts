import type { CheckContext } from '../../../core/check';
import type { Finding } from '../../../core/finding';
import { awsEvidence, type AwsTrailsEvidence } from '../evidence';
import { accountRef } from './check-values';

type Trail = AwsTrailsEvidence['trails'][number];

/**
 * One finding per CloudTrail trail, judged by `passes`; an account with no trail at all fails on the account itself
 * (nothing records its API activity).
 */
export function trailFindings(
  { evidence, finding }: CheckContext,
  passes: (trail: Trail) => boolean,
  reason: (trail: Trail, passed: boolean) => string,
): Finding[] {
  const content = evidence.get<AwsTrailsEvidence>(awsEvidence.trails)?.content;
  if (!content) {
    return [];
  }
  if (content.trails.length === 0) {
    return [
      finding(
        accountRef(content.accountId, content.region),
        false,
        `No CloudTrail trail exists in ${content.region}`,
      ),
    ];
  }
  return content.trails.map((trail) => {
    const passed = passes(trail);
    return finding(
      { type: 'aws-cloudtrail-trail', id: trail.arn, name: trail.name },
      passed,
      reason(trail, passed),
    );
  });
}
