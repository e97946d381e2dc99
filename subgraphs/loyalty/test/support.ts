import { randomUUID } from 'node:crypto';
import type { Clock } from '@member-graph/common/time';
import { createTestDatabase, dataOf, graphql, type GraphQLResponse } from '@member-graph/common/testing';
import { startStack, type Stack } from '../../../scripts/stack';

/** A whole system (customer + loyalty + gateway) on a fresh database, with staff tokens. */
export interface Harness {
  stack: Stack;
  system: string;
  admin: string;
  agent: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function startHarness(label: string, options: { clock?: Clock; background?: boolean; gatewayEnv?: NodeJS.ProcessEnv } = {}): Promise<Harness> {
  const db = await createTestDatabase(label);
  const stack = await startStack({ databaseUrl: db.url, ports: 'random', background: options.background ?? false, clock: options.clock, gatewayEnv: options.gatewayEnv });
  const [system, admin, agent] = await Promise.all([stack.token('system', 'order-feed'), stack.token('admin', 'admin-1'), stack.token('agent', 'agent-1')]);
  return {
    stack,
    system,
    admin,
    agent,
    gql: (query, variables, token) => graphql(stack.gateway.url, query, variables, { token }),
    async stop() {
      await stack.stop();
      await db.drop();
    },
  };
}

const RESOLVE = `mutation($input: ResolveCustomerInput!) { resolveCustomer(input: $input) { customer { id } } }`;

/** Registers a new customer through the gateway (role system) and lets loyalty learn of it. */
export async function newCustomer(h: Harness, options: { referralCode?: string; birthday?: string; name?: string } = {}): Promise<string> {
  const input = {
    identity: { type: 'APP_USER_ID', value: `app-${randomUUID()}` },
    channel: 'APP',
    profile: { name: options.name ?? '测试会员', ...(options.birthday ? { birthday: options.birthday } : {}) },
    ...(options.referralCode ? { referralCode: options.referralCode } : {}),
  };
  const id = dataOf(await h.gql(RESOLVE, { input }, h.system)).resolveCustomer.customer.id as string;
  await h.stack.settle();
  return id;
}

/** Records a paid order through the customer subgraph (recordOrder, role system); returns the order id. */
export async function recordOrder(
  h: Harness,
  customerId: string,
  amount: string,
  options: { channel?: string; storeId?: string; paidAt?: Date; externalNo?: string } = {},
): Promise<string> {
  const input = {
    externalNo: options.externalNo ?? `ext-${randomUUID()}`,
    customerId,
    channel: options.channel ?? 'APP',
    storeId: options.storeId ?? null,
    paidAt: (options.paidAt ?? new Date()).toISOString(),
    lines: [{ sku: 'SKU-1', category: '母婴', quantity: 1, amount }],
  };
  const order = dataOf(await h.gql(`mutation($input: RecordOrderInput!) { recordOrder(input: $input) { id } }`, { input }, h.system));
  return order.recordOrder.id as string;
}

/** Refunds part (or, with amount null, the rest) of an order through the customer subgraph. */
export async function refundOrder(h: Harness, orderId: string, amount: string | null): Promise<void> {
  const input = { orderId, externalRefundNo: `rf-${randomUUID()}`, amount };
  dataOf(await h.gql(`mutation($input: RefundOrderInput!) { refundOrder(input: $input) { id } }`, { input }, h.system));
}

export const LOYALTY = /* GraphQL */ `
  query Loyalty($id: ID!) {
    customer(id: $id) {
      id
      loyalty {
        customerId
        tier { code nameZh nameEn }
        tierProgress { current { code } next { code } growth growthToNext growthToKeep validUntil reviewAt }
        growth
        referralCode
        points { balance expiringSoon }
        badges { code nameZh earnedAt }
        checkIn { today streak }
      }
    }
  }
`;

/** The loyalty block of a customer, read by an admin through the gateway. */
export async function loyaltyOf(h: Harness, customerId: string, token = h.admin) {
  return dataOf(await h.gql(LOYALTY, { id: customerId }, token)).customer.loyalty;
}

/** Gives a customer points through an admin adjustment. */
export async function grantPoints(h: Harness, customerId: string, points: number, reason = 'test setup grant') {
  return dataOf(
    await h.gql(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { id amount balanceAfter } }`, { input: { customerId, points, reason } }, h.admin),
  ).adjustPoints;
}

export const REDEEM = `mutation($input: RedeemPointsInput!) { redeemPoints(input: $input) { balance replayed entry { id amount balanceAfter type reasonCode storeId sourceId } } }`;

/** Sum of the ledger and of the open lots of an account, straight from the tables. */
export async function ledgerTotals(h: Harness, customerId: string) {
  const [row] = await h.stack.subgraphs.loyalty.dataSource.query(
    `select (select coalesce(sum(amount), 0)::int from loyalty.points_entries where customer_id = $1) as ledger,
            (select coalesce(sum(remaining), 0)::int from loyalty.points_lots where customer_id = $1) as lots`,
    [customerId],
  );
  return row as { ledger: number; lots: number };
}
