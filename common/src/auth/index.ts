export * from './actor';
export * from './jwt';
export * from './gateway-secret';
export * from './verified-tokens';
