import { approvedBeforeMergeCheck } from './approved-before-merge.check';

/** Cross-source change-management checks (GitHub + Jira evidence); register with `Registry.registerCheck`. */
export const changeManagementChecks = [approvedBeforeMergeCheck];
export { approvedBeforeMergeCheck };
