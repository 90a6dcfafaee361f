import { branchProtectionEnabledCheck } from './branch-protection-enabled.check';
import { defaultRepositoryPermissionCheck } from './default-repository-permission.check';
import { dependabotAlertsEnabledCheck } from './dependabot-alerts-enabled.check';
import { enforceAdminsCheck } from './enforce-admins.check';
import { forcePushesBlockedCheck } from './force-pushes-blocked.check';
import { membersTwoFactorCheck } from './members-two-factor.check';
import { noOverdueCriticalAlertsCheck } from './no-overdue-critical-alerts.check';
import { noPublicRepositoriesCheck } from './no-public-repositories.check';
import { pushProtectionEnabledCheck } from './push-protection-enabled.check';
import { requiredApprovalsCheck } from './required-approvals.check';
import { requiredStatusChecksCheck } from './required-status-checks.check';
import { secretScanningEnabledCheck } from './secret-scanning-enabled.check';
import { staleApprovalsDismissedCheck } from './stale-approvals-dismissed.check';
import { twoFactorRequiredCheck } from './two-factor-required.check';

export const githubChecks = [
  twoFactorRequiredCheck,
  membersTwoFactorCheck,
  defaultRepositoryPermissionCheck,
  noPublicRepositoriesCheck,
  branchProtectionEnabledCheck,
  requiredApprovalsCheck,
  staleApprovalsDismissedCheck,
  requiredStatusChecksCheck,
  forcePushesBlockedCheck,
  enforceAdminsCheck,
  secretScanningEnabledCheck,
  pushProtectionEnabledCheck,
  dependabotAlertsEnabledCheck,
  noOverdueCriticalAlertsCheck,
];
