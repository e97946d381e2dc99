import { runMain } from '@member-graph/common/server';
import { readGatewayConfig } from './config';
import { startGateway } from './server';

/** Binds the gateway to its port. */
runMain('gateway', () => startGateway(readGatewayConfig()));
