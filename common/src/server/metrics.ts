import type { Express } from 'express';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { secretMatches } from '../auth/gateway-secret';
import { processStatementCount } from '../db/data-source';

let processRegistry: Registry | null = null;

/** prom-client's default process metrics (CPU, memory, event loop, GC, handles), once per process. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * Prometheus metrics of one server, on its own registry (several servers may share a process in
 * tests and in `npm start`): GraphQL operation latency by type and outcome, live subscriptions and SQL statements sent.
 * Labels are bounded on purpose; client-chosen operation names never become labels.
 */
export function createMetrics(service: string, activeSubscriptions: () => number) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  const operations = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations served over HTTP, by operation type and outcome',
    labelNames: ['type', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'graphql_active_subscriptions',
    help: 'Subscriptions currently open on this server',
    registers: [registry],
    collect() {
      this.set(activeSubscriptions());
    },
  });
  new Gauge({
    name: 'db_statements_sent',
    help: 'SQL statements this process has sent since it started (transaction control excluded); a counter read as a gauge',
    registers: [registry],
    collect() {
      this.set(processStatementCount());
    },
  });
  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const end = operations.startTimer();
      return {
        async willSendResponse(ctx) {
          end({ type: ctx.operation?.operation ?? 'invalid', outcome: ctx.errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
  /** Serves /metrics; with a token, only to `Authorization: Bearer <token>` (401 otherwise). */
  const route = (app: Express, token = '') =>
    app.get('/metrics', async (req, res) => {
      if (token && !secretMatches(`Bearer ${token}`, req.header('authorization'))) {
        res.status(401).set('www-authenticate', 'Bearer').send('metrics need the scrape token');
        return;
      }
      // the server's own metrics, then the process's (shared by every server of a process, as in tests)
      res.type(registry.contentType).send(`${await registry.metrics()}\n${await processMetrics().metrics()}`);
    });
  return { registry, plugin, route };
}
