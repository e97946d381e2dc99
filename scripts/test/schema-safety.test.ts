import { readFileSync } from 'node:fs';
import path from 'node:path';
import { acknowledgedPaths, breakingChanges, unacknowledgedBreakingChanges } from '../schema/safety';

const root = path.join(__dirname, '..', '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');

/**
 * Issue 13 item 7: the client-facing schema may grow freely, but a breaking change against the baseline
 * (gateway/schema.baseline.graphql, the last release) must be listed in CHANGELOG.md under
 * "## Unreleased" → "### Breaking" as "- `<path>`: what changed and what clients do" (README "Schema safety").
 */
test('gateway/schema.graphql has no breaking change against the baseline that CHANGELOG.md does not list', async () => {
  const missing = await unacknowledgedBreakingChanges(read('gateway/schema.baseline.graphql'), read('gateway/schema.graphql'), read('CHANGELOG.md'));
  const advice = missing.map((c) => `- \`${c.path}\`: ${c.message}`);
  expect(advice).toEqual([]); // add these lines under "## Unreleased" → "### Breaking" in CHANGELOG.md, with what clients must do
});

describe('the checker (so the repository check cannot pass vacuously)', () => {
  const baseline = `type Query { customer(id: ID!): Customer }\ntype Customer { id: ID! name: String coupons: [String!] }`;

  test('an added field or an added optional argument is not breaking', async () => {
    expect(await breakingChanges(baseline, `type Query { customer(id: ID!, at: String): Customer }\ntype Customer { id: ID! name: String coupons: [String!] phone: String }`)).toEqual([]);
  });

  test('a removed field or a changed field type is breaking, by schema path', async () => {
    const changes = await breakingChanges(baseline, `type Query { customer(id: ID!): Customer }\ntype Customer { id: ID! coupons: Int }`);
    expect(changes.map((c) => c.path).sort()).toEqual(['Customer.coupons', 'Customer.name']);
    expect(changes.find((c) => c.path === 'Customer.name')?.message).toMatch(/removed/i);
  });

  test('a change listed under Unreleased → Breaking passes; one listed elsewhere or not at all fails', async () => {
    const current = `type Query { customer(id: ID!): Customer }\ntype Customer { id: ID! name: String }`;
    const changelog = (section: string) => `# Changelog\n\n## Unreleased\n\n### Added\n\n- \`Customer.phone\`: new\n\n${section}\n\n## 0.1.0\n\n### Breaking\n\n- \`Customer.name\`: old\n`;
    expect(await unacknowledgedBreakingChanges(baseline, current, changelog('### Breaking\n\n- `Customer.coupons`: paginated; read `couponsPage`'))).toEqual([]);
    expect((await unacknowledgedBreakingChanges(baseline, current, changelog('### Changed\n\n- `Customer.coupons`: x'))).map((c) => c.path)).toEqual(['Customer.coupons']);
    expect(acknowledgedPaths(changelog('### Breaking\n\n- `Customer.coupons`: x\n* `Query.customer.id` y'))).toEqual(new Set(['Customer.coupons', 'Query.customer.id']));
  });
});
