import { Injectable } from '@nestjs/common';
import type { DbTx, NotificationSettings, OrgId } from '@kushim/db';

/** The organization's notification settings row (absent until first saved). Callers pass a tenant transaction. */
@Injectable()
export class NotificationSettingsRepository {
  find(tx: DbTx, orgId: OrgId): Promise<NotificationSettings | null> {
    return tx.notificationSettings.findUnique({ where: { organizationId: orgId } });
  }
}
