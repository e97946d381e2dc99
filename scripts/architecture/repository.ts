import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest, SourceFile } from './rules';

/** The repository root (scripts/architecture → ..). */
export const ROOT = path.join(__dirname, '..', '..');
const SKIP = new Set(['node_modules', '.data', '.git', 'coverage', 'dist', 'web-dist']);

/** Every .ts, .tsx and .js file (bundled web pages in web-dist excluded) under the given top-level folders, with paths relative to the root. */
export function readSources(tops = ['common', 'gateway', 'subgraphs', 'clients', 'scripts']): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory() && !SKIP.has(entry.name)) walk(rel);
      else if (entry.isFile() && /\.(ts|tsx|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push({ path: rel, text: readFileSync(path.join(ROOT, rel), 'utf8') });
    }
  };
  tops.forEach(walk);
  return files;
}

/** Each workspace package's manifest and the root's, keyed by directory ('' for the root). */
export function readManifests(): Record<string, Manifest> {
  const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest & { workspaces: string[] };
  const dirs = root.workspaces.flatMap((pattern) =>
    pattern.endsWith('/*') ? readdirSync(path.join(ROOT, pattern.slice(0, -2))).map((d) => `${pattern.slice(0, -2)}/${d}`) : [pattern],
  );
  const manifests: Record<string, Manifest> = { '': root };
  for (const dir of dirs) manifests[dir] = JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as Manifest;
  return manifests;
}
