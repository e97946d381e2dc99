import { readEnv, port } from './env';
import { readPlatformConfig, type PlatformConfig } from './platform';

/** The default port of each server, so `npm start` and the docs agree. */
export const DEFAULT_PORTS = { gateway: 4000, customer: 4001, loyalty: 4002, service: 4003, marketing: 4004 } as const;
export type SubgraphName = Exclude<keyof typeof DEFAULT_PORTS, 'gateway'>;

export interface SubgraphConfig extends PlatformConfig {
  port: number;
}

/** A subgraph's settings: the platform's plus its port (`<NAME>_PORT`). */
export function readSubgraphConfig(name: SubgraphName, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const key = `${name.toUpperCase()}_PORT`;
  const raw = readEnv({ [key]: port({ default: DEFAULT_PORTS[name], desc: `port of the ${name} subgraph` }) }, env) as Record<string, number>;
  return Object.freeze({ ...readPlatformConfig(env), port: raw[key] });
}
