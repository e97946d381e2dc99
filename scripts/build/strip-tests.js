// `npm run prune:prod`, after `npm prune --omit=dev`: removes the compiled tests and test support from
// dist/ so the image carries only what runs in production.
const fs = require('node:fs');
const path = require('node:path');

const dist = path.join(__dirname, '..', '..', 'dist');
let removed = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink() || entry.name === 'node_modules') continue;
    const isTestDir = entry.isDirectory() && entry.name === 'test';
    // *.e2e.js: the e2e files a folder's e2e.test.js runs as a group (they live in test/ today)
    if (isTestDir || /\.(test|e2e)\.js(\.map)?$/.test(entry.name)) {
      fs.rmSync(full, { recursive: true, force: true });
      removed++;
    } else if (entry.isDirectory()) walk(full);
  }
};
walk(dist);
fs.rmSync(path.join(dist, '.tsbuildinfo'), { force: true });
console.log(`dist/: removed ${removed} test files and folders`);
