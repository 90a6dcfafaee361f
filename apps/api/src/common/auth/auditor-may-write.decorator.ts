import { SetMetadata } from '@nestjs/common';

export const AUDITOR_MAY_WRITE = 'kushim:auditor-may-write';

/**
 * Lets an AUDITOR (never a VIEWER) past the read-only rule on this one handler: the few writes an auditor makes
 * are records of the audit itself (requesting an export, commenting on a control), each an audit event.
 */
export const AuditorMayWrite = (): MethodDecorator => SetMetadata(AUDITOR_MAY_WRITE, true);
