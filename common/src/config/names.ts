/** The default port of each server, so `npm start` and the docs agree; its keys name the servers. */
export const DEFAULT_PORTS = { gateway: 4000, customer: 4001, loyalty: 4002, service: 4003, marketing: 4004 } as const;
export type SubgraphName = Exclude<keyof typeof DEFAULT_PORTS, 'gateway'>;
export type ServerName = keyof typeof DEFAULT_PORTS;
