export * from './export-failure';
export * from './export-source';
export * from './verify-export';
