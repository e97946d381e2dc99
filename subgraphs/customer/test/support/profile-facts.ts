import { dataOf, graphql } from '@member-graph/common/testing';
import type { Clock } from '@member-graph/common/time';
import { useTestStack, type Stack } from '../../../../scripts/stack';

/** Helpers shared by the tags, consent, behaviour, RFM and listing e2e tests (all through the gateway). */
export function profileFacts(stack: Stack, tokens: { system: string; admin: string }) {
  const ds = () => stack.subgraphs.customer.dataSource;
  return {
    /** Creates (or finds) the customer holding APP_USER_ID `value`; registeredAt is the stack clock's now. */
    async customer(value: string, profile: Record<string, unknown> = {}, channel = 'APP'): Promise<string> {
      const res = await graphql(
        stack.gateway.url,
        `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`,
        { i: { identity: { type: 'APP_USER_ID', value }, channel, profile } },
        { token: tokens.system },
      );
      return dataOf(res).resolveCustomer.customer.id;
    },

    /** Records a one-line paid order through recordOrder; `amount` is a decimal string like "100.00". */
    async order(customerId: string, externalNo: string, paidAt: Date, amount: string): Promise<string> {
      const res = await graphql(
        stack.gateway.url,
        `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`,
        { i: { externalNo, customerId, channel: 'APP', paidAt: paidAt.toISOString(), lines: [{ sku: 'SKU-1', category: 'baby', quantity: 1, amount }] } },
        { token: tokens.system },
      );
      return dataOf(res).recordOrder.id;
    },

    /** Refunds an order through refundOrder (the whole remainder when `amount` is omitted). */
    async refund(externalNo: string, externalRefundNo: string, amount: string | null = null): Promise<void> {
      const res = await graphql(
        stack.gateway.url,
        `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id } }`,
        { i: { externalNo, externalRefundNo, amount } },
        { token: tokens.admin },
      );
      dataOf(res);
    },

    /** Events of a type in the customer outbox (written in the same transaction as the change), oldest first. */
    async outbox(type: string, aggregateId?: string): Promise<{ aggregate_id: string; payload: any; actor: any }[]> {
      return ds().query(
        `select aggregate_id, payload, actor from customer.outbox where type = $1 and ($2::text is null or aggregate_id = $2) order by id`,
        [type, aggregateId ?? null],
      );
    },

    query: (sql: string, params: unknown[] = []) => ds().query(sql, params),
  };
}

/** Posts through the gateway and returns the data, failing the test on errors. */
export const ok = async (stack: Stack, query: string, variables: Record<string, unknown>, token: string) =>
  dataOf(await graphql(stack.gateway.url, query, variables, { token }));

export type Tokens = Record<'system' | 'admin' | 'agent' | 'marketer', string>;

/** A test file's stack on the given clock, with a token per staff role and the helpers above. */
export function useProfileFactsStack(label: string, clock: Clock) {
  const env = useTestStack(label, { clock, subgraphs: ['customer'] });
  const handle = { tokens: {} as Tokens } as { stack: Stack; tokens: Tokens; facts: ReturnType<typeof profileFacts> };
  beforeAll(async () => {
    handle.stack = env.stack;
    for (const role of ['system', 'admin', 'agent', 'marketer'] as const) handle.tokens[role] = await env.stack.token(role, `${role}-1`);
    handle.facts = profileFacts(env.stack, handle.tokens);
  });
  return handle;
}
