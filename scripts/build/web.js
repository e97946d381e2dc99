// Bundles the gateway's browser pages (`gateway/web/<page>/main.tsx` or `main.ts`) with esbuild into
// `gateway/web-dist/<page>/` (main.js, main.css when the page imports CSS, and every other file of the
// page folder such as index.html), so the pages load with no network: everything they use comes from npm
// at build time. Run by `npm run build` and by the launcher when a bundle is missing or older than its
// sources. `node scripts/build/web.js [page…]` builds only the named pages.
const fs = require('node:fs');
const path = require('node:path');

const webRoot = path.join(__dirname, '..', '..', 'gateway', 'web');
const outRoot = path.join(__dirname, '..', '..', 'gateway', 'web-dist');

/** The page folders that have an entry point. */
function pages() {
  if (!fs.existsSync(webRoot)) return [];
  return fs.readdirSync(webRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && entryOf(d.name))
    .map((d) => d.name);
}

function entryOf(page) {
  return ['main.tsx', 'main.ts'].map((f) => path.join(webRoot, page, f)).find((f) => fs.existsSync(f));
}

/** Newest modification time of any file under dir (0 when it does not exist). */
function newest(dir) {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .reduce((latest, d) => Math.max(latest, fs.statSync(path.join(d.parentPath ?? d.path, d.name)).mtimeMs), 0);
}

/** True when a page's bundle is missing or older than its sources. */
function stale(page) {
  const bundle = path.join(outRoot, page, 'main.js');
  return !fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < newest(path.join(webRoot, page));
}

async function buildPage(page) {
  const esbuild = require('esbuild');
  const out = path.join(outRoot, page);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  await esbuild.build({
    entryPoints: { main: entryOf(page) },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    outdir: out,
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.svg': 'file', '.png': 'file' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const file of fs.readdirSync(path.join(webRoot, page))) {
    if (/\.(html|css|svg|png|ico)$/.test(file) && !fs.existsSync(path.join(out, file))) {
      fs.copyFileSync(path.join(webRoot, page, file), path.join(out, file));
    }
  }
}

/** Builds the given pages (default: all); with `onlyStale`, only those whose bundle is out of date. */
async function buildWeb({ only = pages(), onlyStale = false } = {}) {
  const todo = only.filter((page) => !onlyStale || stale(page));
  for (const page of todo) await buildPage(page);
  return todo;
}

module.exports = { buildWeb, pages, outRoot };

if (require.main === module) {
  const only = process.argv.slice(2);
  buildWeb(only.length ? { only } : {}).then(
    (built) => console.log(`web pages bundled: ${built.join(', ') || '(none)'}`),
    (error) => { console.error(error.message); process.exit(1); },
  );
}
