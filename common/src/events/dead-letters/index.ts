export * from './table';
export * from './apply';
export * from './retry';
export * from './store';
export * from './dead-letter.errors';
export * from './parked-event.type';
export * from './parked-event.resolver';
