export * from './scheduled-job';
