import { Gauge, type Registry } from 'prom-client';

/** What the gateway's graphql-ws server reports. */
export interface WebSocketSource {
  connections(): number;
  tracker: { byField(): ReadonlyMap<string, number> };
}

/**
 * `gateway_websocket_connections` and `gateway_subscriptions{field}` (field: a root Subscription field
 * of the API schema, each reported even at 0), read at scrape time.
 */
export function registerWebSocketMetrics(registry: Registry, ws: () => WebSocketSource | null, fields: string[]): void {
  new Gauge({
    name: 'gateway_websocket_connections',
    help: 'Open graphql-ws connections to the gateway',
    registers: [registry],
    collect() {
      this.set(ws()?.connections() ?? 0);
    },
  });
  new Gauge({
    name: 'gateway_subscriptions',
    help: 'Live client subscriptions on the gateway, by root Subscription field',
    labelNames: ['field'],
    registers: [registry],
    collect() {
      for (const field of fields) this.set({ field }, 0);
      for (const [field, n] of ws()?.tracker.byField() ?? []) if (fields.includes(field)) this.set({ field }, n);
    },
  });
}
