import { eventBusSuite } from './events/suite';
import { postgresHarness } from './events/harness';

// The event platform's guarantees on the embedded default bus (bus.events + LISTEN/NOTIFY).
eventBusSuite('pg', async (url, ds) => postgresHarness(url, (sql, params) => ds.query(sql, params)));
