import { describeWithNats } from '../src/testing';
import { eventBusSuite } from './events/suite';
import { natsHarness } from './events/harness';

// The same guarantees on NATS JetStream (selected as `describeWithNats` says: NATS_URL, else a local server).
describeWithNats('the event bus on NATS JetStream', (natsUrl) => eventBusSuite('nats', (url) => natsHarness(url, natsUrl)));
