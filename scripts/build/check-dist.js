// CI, after `npm run prune:prod`: loads every part's compiled module graph with production dependencies
// only (what the image holds), without starting anything. A run-time import of a dev dependency fails here.
const path = require('node:path');

const dist = path.join(__dirname, '..', '..', 'dist');
const modules = [
  'gateway/src/server',
  'subgraphs/customer/src/app',
  'subgraphs/loyalty/src/app',
  'subgraphs/service/src/app',
  'subgraphs/marketing/src/app',
  'scripts/stack/index',
];
for (const m of modules) require(path.join(dist, m));
console.log(`dist/: ${modules.length} part modules load with production dependencies`);
