export * from './progress-stream';
export * from './track';
export * from './ws-server';
export * from './ws-limits';
export * from './fresh-loaders';
