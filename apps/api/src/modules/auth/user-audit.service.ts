import { Injectable, Logger } from '@nestjs/common';
import type { AuditEventInput } from '@kushim/contracts';
import { AuditService } from '../audit/audit.service';
import { UserRepository } from './user.repository';

/**
 * Auth events concern a person, who may belong to several organizations: each organization's trail gets the event,
 * since each organization's auditors must see who signed in to it.
 */
@Injectable()
export class UserAuditService {
  private readonly logger = new Logger(UserAuditService.name);

  constructor(
    private readonly audit: AuditService,
    private readonly users: UserRepository,
  ) {}

  async recordForUser(userId: string, event: AuditEventInput): Promise<void> {
    const orgIds = await this.users.organizationIdsOf(userId);
    for (const orgId of orgIds) {
      await this.audit.appendStandalone(orgId, event);
    }
    if (orgIds.length === 0) {
      this.logger.log({ message: `audit event without organization: ${event.action}`, userId });
    }
  }
}
