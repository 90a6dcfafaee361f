import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export interface DatabaseClientOptions {
  /** postgresql:// URL; the role it names decides whether row-level security applies. */
  url: string;
  /** Connection pool size (pg). */
  poolMax?: number;
}

/** One PrismaClient over node-postgres. Create one per role per process and share it. */
export function createPrismaClient({ url, poolMax = 10 }: DatabaseClientOptions): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolMax });
  return new PrismaClient({ adapter });
}
