import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');
const BUILD_INFO = path.join(ROOT, 'dist', '.tsbuildinfo');
const SOURCES = ['common', 'gateway', 'subgraphs', 'scripts'];

/** The newest modification time of any .ts or package.json under `dir` (node_modules aside). */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full));
    else if (entry.name.endsWith('.ts') || entry.name === 'package.json') latest = Math.max(latest, statSync(full).mtimeMs);
  }
  return latest;
}

/**
 * Reuses dist/ when `npm run build` (which `npm test` runs first) is newer than every source;
 * builds otherwise, so running this test alone still tests the code as it is.
 */
export function ensureFreshBuild(): void {
  const built = existsSync(BUILD_INFO) && existsSync(path.join(ROOT, 'dist', 'node_modules')) ? statSync(BUILD_INFO).mtimeMs : 0;
  if (built > Math.max(...SOURCES.map((s) => newest(path.join(ROOT, s))))) return;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
}
