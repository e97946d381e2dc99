import type { Clock } from '@member-graph/common/time';
import { dataOf } from '@member-graph/common/testing';
import * as fixtures from '../../../scripts/stack/fixtures';
import { startTestStack, type TestStack } from '../../../scripts/stack';
export { pageCost } from '../../../scripts/stack/fixtures';

/** A loyalty test file's stack (customer + loyalty + gateway) on its own database, with staff tokens. */
export interface Harness extends TestStack {
  system: string;
  admin: string;
  agent: string;
}

export async function startHarness(label: string, options: { clock?: Clock; background?: boolean; gatewayEnv?: NodeJS.ProcessEnv } = {}): Promise<Harness> {
  const t = await startTestStack(label, { subgraphs: ['customer', 'loyalty'], ...options });
  return Object.assign(t, { system: t.tokens.system, admin: t.tokens.admin, agent: t.tokens.agent });
}

/** Registers a new customer through the gateway (role system) and lets loyalty learn of it. */
export async function newCustomer(h: Harness, options: { referralCode?: string; birthday?: string; name?: string } = {}): Promise<string> {
  const id = await fixtures.newCustomer(h, options);
  await h.stack.settle();
  return id;
}

/** Records a paid order through the customer subgraph (recordOrder, role system); returns the order id. */
export const recordOrder = (
  h: Harness,
  customerId: string,
  amount: string,
  options: { channel?: string; storeId?: string; paidAt?: Date; externalNo?: string } = {},
): Promise<string> => fixtures.recordOrder(h, customerId, { ...options, amount, storeId: options.storeId ?? null });

/** Refunds part (or, with amount null, the rest) of an order through the customer subgraph. */
export const refundOrder = (h: Harness, orderId: string, amount: string | null): Promise<void> => fixtures.refundOrder(h, { orderId }, amount);

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
