import { randomUUID } from 'node:crypto';
import { type Role } from '@member-graph/common/auth';
import { runExclusive } from '@member-graph/common/jobs';
import { type BusConfig } from '@member-graph/common/config';
import { type Clock } from '@member-graph/common/time';
import { type GraphQLResponse } from '@member-graph/common/testing';
import * as fixtures from '../../../scripts/stack/fixtures';
import { useTestStack, type Operation, type Stack, type StackSubgraph, type Tokens } from '../../../scripts/stack';
import { PROJECTION_TABLES } from '../src/facts/rebuild.service';

export type { Tokens } from '../../../scripts/stack';
export { pageCost } from '../../../scripts/stack/fixtures';

/** One order line as the helpers take it. */
export interface Line {
  sku: string;
  category?: string | null;
  amount?: string;
  quantity?: number;
}

/**
 * A test file's whole stack (every subgraph and the gateway) on its own database and clock, with a
 * token per staff role and helpers that go through the gateway with the customer subgraph's own
 * mutations (resolveCustomer, addTags, grantConsent, recordOrder, recordBehaviour, refreshRfm).
 */
export function useMarketingStack(label: string, clock: Clock, subgraphs: StackSubgraph[] = ['customer', 'loyalty', 'marketing'], bus?: BusConfig) {
  const env = useTestStack(label, { clock, subgraphs, bus });
  const h = {
    get tokens(): Tokens {
      return env.tokens;
    },
    get stack(): Stack {
      return env.stack;
    },
    /** The marketing subgraph's handle: dataSource, statements, services, jobs. */
    get marketing() {
      return env.stack.subgraphs.marketing;
    },
    gql<T = any>(query: Operation<T>, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
      return env.gql<T>(query, variables, token);
    },
    ok<T = any>(query: Operation<T>, variables: Record<string, unknown>, token: string): Promise<T> {
      return env.ok<T>(query, variables, token);
    },
    token: (role: Role, sub: string) => env.stack.token(role, sub),
    settle: () => env.stack.settle(),
    sql: <T = any>(sql: string, params: unknown[] = []): Promise<T[]> => env.stack.subgraphs.marketing.dataSource.query(sql, params),

    /** Registers a customer (registered now on the stack clock). */
    customer: (profile: { name?: string; birthday?: string } = {}): Promise<string> =>
      fixtures.newCustomer(h, { value: `mk-${randomUUID()}`, name: profile.name ?? '测试', birthday: profile.birthday }),
    async tag(customerId: string, ...names: string[]) {
      await h.ok(
        `mutation($id: ID!, $t: [TagInput!]!) { addTags(customerId: $id, tags: $t) { id } }`,
        { id: customerId, t: names.map((name) => ({ name, type: 'NEED' })) },
        h.tokens.marketer,
      );
    },
    async consent(customerId: string, channel: string, granted = true, purpose = 'MARKETING') {
      const verb = granted ? 'grantConsent' : 'withdrawConsent';
      await h.ok(
        `mutation($id: ID!, $c: ConsentChannel!, $p: ConsentPurpose!) { ${verb}(customerId: $id, channel: $c, purpose: $p, source: APP_SETTINGS) { id } }`,
        { id: customerId, c: channel, p: purpose },
        h.tokens.system,
      );
    },
    /** Records a paid order (paid now unless said otherwise); the amount is the sum of the lines. */
    order: (customerId: string, options: { paidAt?: Date; lines?: Line[]; amount?: string; externalNo?: string } = {}): Promise<string> =>
      fixtures.recordOrder(h, customerId, {
        lines: (options.lines ?? [{ sku: 'SKU-1', category: '母婴', amount: options.amount ?? '100.00' }]).map((l) => ({ ...l, category: l.category ?? null, amount: l.amount ?? '10.00' })),
        paidAt: options.paidAt ?? clock.now(),
        externalNo: options.externalNo,
      }),
    async behaviour(events: { customerId: string; kind: string; sku?: string; category?: string; occurredAt?: Date }[]) {
      await h.ok(
        `mutation($e: [BehaviourEventInput!]!) { recordBehaviour(events: $e) { recorded } }`,
        { e: events.map((e) => ({ ...e, occurredAt: (e.occurredAt ?? clock.now()).toISOString() })) },
        h.tokens.system,
      );
    },
    async refreshRfm() {
      await h.ok(`mutation { refreshRfm { scoredCustomers } }`, {}, h.tokens.admin);
    },
    job(name: 'campaign-timers' | 'segment-timers') {
      return env.stack.subgraphs.marketing.jobs.find((j) => j.name === `marketing.${name}`)!;
    },
    /** Runs a marketing job once under its advisory lock, as the scheduler would. */
    runJob: (name: 'campaign-timers' | 'segment-timers') => runExclusive(env.stack.subgraphs.marketing.dataSource, h.job(name)),
  };
  return h;
}

export type Harness = ReturnType<typeof useMarketingStack>;

/** A condition of a segment rule. */
export const cond = (fact: string, operator: string, extra: Record<string, unknown> = {}) => ({ condition: { fact, operator, ...extra } });

export const SAVE_SEGMENT = `mutation($i: SaveSegmentInput!) { saveSegment(input: $i) { id name ruleText memberCount } }`;
export const CREATE_TEMPLATE = `mutation($i: CreateCouponTemplateInput!) { createCouponTemplate(input: $i) { id stock issued } }`;
export const CREATE_CAMPAIGN = `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id status personalised } }`;
export const LAUNCH = `mutation($id: ID!) { launchCampaign(id: $id) { id status } }`;
export const SET_POLICY = `mutation($i: SetChannelPolicyInput!) { setChannelPolicy(input: $i) { channel } }`;
export const SEND_LOG = `query($c: ID, $u: ID, $n: Int) { sendLog(campaignId: $c, customerId: $u, first: $n) { nodes { customer { id } status reason variant occurrence couponId } totalCount } }`;

/** Saves a segment as the marketer; returns its id. */
export async function saveSegment(h: Harness, name: string, rule: unknown): Promise<string> {
  return (await h.ok(SAVE_SEGMENT, { i: { name, rule } }, h.tokens.marketer)).saveSegment.id;
}

/** `n` new customers with marketing consent on a channel, each tagged `tag`; returns their ids (settle before segmenting them). */
export async function taggedAudience(h: Harness, tag: string, n: number, channel: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = await h.customer();
    await h.consent(id, channel);
    await h.tag(id, tag);
    ids.push(id);
  }
  return ids;
}

/** Creates and launches a campaign as the marketer; returns its id. */
export async function launchCampaign(h: Harness, input: Record<string, unknown>): Promise<string> {
  const id = (await h.ok(CREATE_CAMPAIGN, { i: { variants: [{ code: 'A', weight: 1, body: '您好 {couponCode}' }], ...input } }, h.tokens.marketer)).createCampaign.id;
  await h.ok(LAUNCH, { id }, h.tokens.marketer);
  return id;
}

/** The send log of a campaign as `customerId → status[:reason]`, oldest first per customer. */
export async function decisions(h: Harness, campaignId: string): Promise<Record<string, string[]>> {
  const rows = await h.sql<{ customer_id: string; status: string; reason: string | null }>(
    `select customer_id, status, reason from marketing.send_log where campaign_id = $1 order by id`,
    [campaignId],
  );
  const out: Record<string, string[]> = {};
  for (const r of rows) (out[r.customer_id] ??= []).push(r.reason ? `${r.status}:${r.reason}` : r.status);
  return out;
}

/** The projection tables' keys, for stable snapshots. */
const PROJECTION_KEYS: Record<(typeof PROJECTION_TABLES)[number], string> = {
  customer_facts: 'customer_id',
  customer_skus: 'customer_id, sku',
  item_stats: 'sku',
  item_pairs: 'sku_a, sku_b',
  category_browses: 'customer_id, category',
  erased_customers: 'customer_id',
};

/** Every projection table and the segment memberships, in a stable order (to compare before and after a rebuild). */
export async function projectionSnapshot(h: Harness): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of PROJECTION_TABLES) out[t] = await h.sql(`select * from marketing.${t} order by ${PROJECTION_KEYS[t]}`);
  out.members = await h.sql(`select segment_id, customer_id from marketing.segment_members order by 1, 2`);
  return out;
}
