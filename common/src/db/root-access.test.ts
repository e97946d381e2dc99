import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../testing/free-port';
import { ROOT_OWNED_HOME } from './embedded-module';
import { firstBlockedFolder } from './root-access';

const base = mkdtempSync(path.join(os.tmpdir(), 'mg-root-access-'));
const open = path.join(base, 'open');
const closed = path.join(base, 'private');
beforeAll(() => {
  chmodSync(base, 0o755);
  mkdirSync(path.join(open, 'inner'), { recursive: true, mode: 0o755 });
  mkdirSync(path.join(closed, 'inner'), { recursive: true });
  chmodSync(closed, 0o700);
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

test('finds the first folder others cannot enter, and none on an open path (missing folders are created later)', () => {
  expect(firstBlockedFolder(path.join(closed, 'inner', 'pg'))).toBe(closed);
  expect(firstBlockedFolder(path.join(open, 'inner', 'not-yet', 'pg'))).toBeNull();
});

test('as root from a private folder, the embedded Postgres runs from copied binaries with its data in a folder the postgres user can reach', async () => {
  const wanted = path.join(closed, 'inner', 'pg');
  const child = spawnSync(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, '..', '..', 'test', 'fixtures', 'embedded-from-copy.ts'), wanted, String(await freePort())], {
    encoding: 'utf8',
    timeout: 300_000, // a hang guard: initdb and start on a busy 2-core machine
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  if (process.getuid?.() === 0) {
    // the postgres user cannot enter the private folder: the data went under /var/lib/member-graph
    expect(child.stdout).toContain(`cannot enter ${closed}`);
    expect(child.stdout).toMatch(new RegExp(`answered from ${ROOT_OWNED_HOME}/data/[0-9a-f]{16}/pg`));
  } else {
    expect(child.stdout).toContain(`answered from ${wanted}`);
  }
}, 360_000);
