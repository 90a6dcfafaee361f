export type { Actor, Membership } from './actor';
export { auditActor } from './actor';
export type { AuthenticatedRequest } from './authenticated-request';
export { Public, MinRole, IS_PUBLIC, MIN_ROLE } from './auth.decorators';
export {
  AuditWindow,
  CurrentActor,
  CurrentMembership,
  RequestContext,
  type RequestContextValue,
} from './param.decorators';
export { AuthenticationGuard } from './authentication.guard';
export { OrgAccessGuard } from './org-access.guard';
export { MembershipCache, MembershipCacheModule, MEMBERSHIP_CACHE_TTL_MS } from './membership-cache';
export { AuditorMayWrite, AUDITOR_MAY_WRITE } from './auditor-may-write.decorator';
export { isInWindow, narrowToWindow, timeFilter, type AuditWindowRange } from './audit-window';
