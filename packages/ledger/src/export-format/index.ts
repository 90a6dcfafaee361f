export * from './evidence-record';
export * from './export-layout';
export * from './manifest';
export * from './public-keys';
export * from './sealed-result';
