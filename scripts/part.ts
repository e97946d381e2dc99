/**
 * Runs one part of the system by name: the image's entry point (`docker run member-graph gateway`,
 * `… customer`, `… migrate`) and `npm run serve -- <part>` on a built checkout. Each part is its own
 * process; scale them separately.
 */
const PARTS: Record<string, () => unknown> = {
  gateway: () => require('../gateway/src/main'),
  customer: () => require('../subgraphs/customer/src/main'),
  loyalty: () => require('../subgraphs/loyalty/src/main'),
  service: () => require('../subgraphs/service/src/main'),
  marketing: () => require('../subgraphs/marketing/src/main'),
  /** One-off: every subgraph's migrations on its database, then exit (a Kubernetes Job). */
  migrate: () => require('./migrate'),
  /** Everything in one command, as `npm start` (development). */
  launcher: () => require('./start'),
};

const part = process.argv[2];
if (!part || !PARTS[part]) {
  console.error(`usage: part <${Object.keys(PARTS).join('|')}>${part ? ` (unknown part "${part}")` : ''}`);
  process.exit(2);
}
PARTS[part]();
