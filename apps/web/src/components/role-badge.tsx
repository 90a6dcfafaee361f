import type { RoleName } from '@kushim/contracts';

import { Badge } from '@kushim/ui/components/badge';

export const roleLabels: Record<RoleName, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  COMPLIANCE_MANAGER: 'Compliance manager',
  AUDITOR: 'Auditor',
  VIEWER: 'Viewer',
};

/** The member's role as words, not colour alone, so it reads the same to everyone. */
export function RoleBadge({ role }: { role: RoleName }) {
  return (
    <Badge variant={role === 'OWNER' || role === 'ADMIN' ? 'secondary' : 'outline'} data-role={role}>
      {roleLabels[role]}
    </Badge>
  );
}
