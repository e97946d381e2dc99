export * from './clock';
export * from './shanghai';
export * from './report-range';
