// `npm run build`, after tsc: makes dist/ a runnable mirror of the workspace. Each workspace package gets
// its package.json (whose `default` export conditions point at compiled .js) and its run-time assets
// (*.graphql, data/), and dist/node_modules/@member-graph/* link to them, so compiled code resolves
// compiled code with plain `node` (development, jest and tsc pick the .ts sources with the
// `member-graph-source` condition instead).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const dist = path.join(root, 'dist');
const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/** Workspace folders from the root package.json's `workspaces` globs (only `dir` and `dir/*` forms). */
const workspaces = rootPackage.workspaces.flatMap((pattern) =>
  pattern.endsWith('/*')
    ? fs.readdirSync(path.join(root, pattern.slice(0, -2)), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${pattern.slice(0, -2)}/${d.name}`)
    : [pattern],
);

if (!fs.existsSync(path.join(dist, 'common'))) {
  console.error('dist/ has no compiled code: run tsc -p tsconfig.build.json first (npm run build does both)');
  process.exit(1);
}
for (const workspace of workspaces) {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, workspace, 'package.json'), 'utf8'));
  if (typeof pkg.main === 'string') pkg.main = pkg.main.replace(/\.ts$/, '.js');
  const target = path.join(dist, workspace);
  fs.mkdirSync(target, { recursive: true });
  fs.writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  for (const entry of fs.readdirSync(path.join(root, workspace))) {
    if (entry.endsWith('.graphql') || entry === 'data' || entry === 'web-dist') fs.cpSync(path.join(root, workspace, entry), path.join(target, entry), { recursive: true });
  }
  const link = path.join(dist, 'node_modules', pkg.name);
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.rmSync(link, { force: true, recursive: true });
  fs.symlinkSync(path.relative(path.dirname(link), target), link, 'dir');
}
console.log(`dist/: ${workspaces.length} packages linked under dist/node_modules`);
