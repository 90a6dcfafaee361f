import type { AwsPublicAccessBlock } from '../evidence';

/** The Block Public Access settings that are off (all four when none is configured). */
export function publicAccessGaps(block: AwsPublicAccessBlock | null): string[] {
  if (!block) {
    return ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'];
  }
  return [
    block.blockPublicAcls ? undefined : 'BlockPublicAcls',
    block.ignorePublicAcls ? undefined : 'IgnorePublicAcls',
    block.blockPublicPolicy ? undefined : 'BlockPublicPolicy',
    block.restrictPublicBuckets ? undefined : 'RestrictPublicBuckets',
  ].filter((gap): gap is string => gap !== undefined);
}
