export * from './clock';
export * from './shanghai';
