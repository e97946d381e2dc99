export * from './loaders';
export * from './pagination';
export * from './money';
export * from './input-hygiene';
