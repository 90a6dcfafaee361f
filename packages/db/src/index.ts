export * from './generated/prisma/client';
export { createPrismaClient, type DatabaseClientOptions } from './client';
export { withScope, withTenant, asOrgId, type DbScope, type DbTx, type OrgId } from './scope';
