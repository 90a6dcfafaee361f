export { createTestDatabase, appRoleUrl, APP_ROLE, type TestDatabase } from './test-database';
export { testEnv, type TestEnv } from './test-env';
