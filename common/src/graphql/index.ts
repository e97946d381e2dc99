export * from './loaders';
export * from './owner-pages';
export * from './pagination';
export * from './money';
export * from './input-hygiene';
export * from './data-export';
export * from './audit-filter';
