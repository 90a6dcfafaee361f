export * from './core/check';
export * from './core/collector';
export * from './core/errors';
export * from './core/evidence';
export * from './core/finding';
export * from './core/provider';
export * from './core/registry';
