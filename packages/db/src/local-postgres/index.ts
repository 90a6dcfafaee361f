export {
  resolveDatabaseUrl,
  DEFAULT_DATABASE_URL,
  EMBEDDED_POSTGRES_PORT,
  type ResolveDatabaseUrlOptions,
  type ResolvedDatabase,
} from './resolve-database-url';
export { acceptsConnections } from './port-probe';
