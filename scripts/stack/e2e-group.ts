import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs the `*.e2e.ts` files of a test folder inside one jest test file (that folder's `e2e.test.ts`).
 * jest loads every module afresh for each test file (~4.5 s for an e2e file: @apollo/gateway, TypeORM,
 * type-graphql, the subgraphs' code); grouped, a folder pays it once and each file still starts its own
 * stack on its own database.
 *
 * Each file is required inside its own describe, so the beforeAll/afterAll its top level registers
 * (useTestStack, startHarness) belong to that describe: its stack starts before its tests and stops
 * after them, one stack at a time. Each file is its own module instance (its clock, its handles).
 * Every file's top level runs while jest collects, before any test: a file whose top level changes the
 * process (process.env, OpenTelemetry's global provider) would change the whole group's, so it stays
 * a standalone `*.e2e.test.ts`.
 *
 * One file of a group: `E2E_FILE=orders` (a substring of the file name) registers only the matching
 * files; jest's `-t orders.e2e` matches the describe name and also skips the other files' hooks.
 */
export function runE2eGroup(dir: string, only: string | undefined = process.env.E2E_FILE): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.e2e.ts'))
    .sort();
  if (files.length === 0) throw new Error(`no *.e2e.ts file in ${dir}`);
  const chosen = only ? files.filter((name) => name.includes(only)) : files;
  // a filter that names nothing here is a mistake (another folder's file, a typo): say so instead of running nothing
  if (chosen.length === 0) throw new Error(`E2E_FILE=${only} matches none of ${dir}'s e2e files: ${files.join(', ')}`);
  for (const name of chosen) {
    describe(name, () => {
      require(path.join(dir, name));
    });
  }
}
