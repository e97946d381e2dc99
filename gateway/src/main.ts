import { readGatewayConfig } from './config';
import { startGateway } from './server';

/** Binds the gateway to its port. */
async function main() {
  const running = await startGateway(readGatewayConfig());
  console.log(`gateway ready at ${running.url}`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
