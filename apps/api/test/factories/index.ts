export * from './test-api';
export * from './http';
export * from './people.factory';
