import { randomUUID } from 'node:crypto';
import type { TestStack } from './test-stack';

/**
 * Fixtures every domain's tests share. They cross domains only through the gateway, over HTTP, with
 * the customer subgraph's public mutations: no test imports another subgraph's code.
 */
type Client = Pick<TestStack, 'ok' | 'tokens'>;

export const RESOLVE_CUSTOMER = `mutation($i: ResolveCustomerInput!) { resolveCustomer(input: $i) { customer { id } } }`;
export const RECORD_ORDER = `mutation($i: RecordOrderInput!) { recordOrder(input: $i) { id } }`;
export const REFUND_ORDER = `mutation($i: RefundOrderInput!) { refundOrder(input: $i) { id } }`;

/** Registers a customer (APP_USER_ID `value`, random by default) through resolveCustomer as role system; returns the id. */
export async function newCustomer(
  h: Client,
  options: { value?: string; name?: string; birthday?: string; referralCode?: string; channel?: string; profile?: Record<string, unknown> } = {},
): Promise<string> {
  const profile = options.profile ?? { name: options.name ?? '测试会员', ...(options.birthday ? { birthday: options.birthday } : {}) };
  const input = {
    identity: { type: 'APP_USER_ID', value: options.value ?? `app-${randomUUID()}` },
    channel: options.channel ?? 'APP',
    profile,
    ...(options.referralCode ? { referralCode: options.referralCode } : {}),
  };
  return (await h.ok(RESOLVE_CUSTOMER, { i: input }, h.tokens.system)).resolveCustomer.customer.id as string;
}

/** One order line as the fixtures take it (quantity 1 and category 母婴 unless given). */
export interface OrderLine {
  sku: string;
  amount: string;
  quantity?: number;
  category?: string | null;
}

/** Records a paid order through recordOrder as role system; returns the order id. */
export async function recordOrder(
  h: Client,
  customerId: string,
  options: { lines?: OrderLine[]; amount?: string; paidAt?: Date; channel?: string; storeId?: string | null; externalNo?: string } = {},
): Promise<string> {
  const lines = (options.lines ?? [{ sku: 'SKU-1', amount: options.amount ?? '100.00' }]).map((l) => ({
    sku: l.sku,
    category: l.category === undefined ? '母婴' : l.category,
    quantity: l.quantity ?? 1,
    amount: l.amount,
  }));
  const input = {
    externalNo: options.externalNo ?? `ext-${randomUUID()}`,
    customerId,
    channel: options.channel ?? 'APP',
    ...(options.storeId !== undefined ? { storeId: options.storeId } : {}),
    paidAt: (options.paidAt ?? new Date()).toISOString(),
    lines,
  };
  return (await h.ok(RECORD_ORDER, { i: input }, h.tokens.system)).recordOrder.id as string;
}

/** Refunds part (or, with amount null, the rest) of an order, named by id or external number, through refundOrder. */
export async function refundOrder(
  h: Client,
  order: { orderId: string } | { externalNo: string },
  amount: string | null,
  options: { externalRefundNo?: string; token?: string } = {},
): Promise<void> {
  const input = { ...order, externalRefundNo: options.externalRefundNo ?? `rf-${randomUUID()}`, amount };
  await h.ok(REFUND_ORDER, { i: input }, options.token ?? h.tokens.system);
}

/** Waits (up to `ms`, default 30 s: a hang guard, not a speed check) until `check` holds: for what another connection or process does after a commit. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, ms = 30_000): Promise<void> {
  for (const until = Date.now() + ms; !(await check()); await new Promise((r) => setTimeout(r, 25))) {
    if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
  }
}

/**
 * What reading one page costs: the statements `counter` (a subgraph's StatementCounter) counted while
 * `read(first)` ran, and the page it read. Batching tests read a long page and a short one and expect
 * the same count.
 */
export async function pageCost<T>(counter: { readonly count: number }, read: (first: number) => Promise<T[]>, first: number): Promise<{ statements: number; page: T[] }> {
  const before = counter.count;
  const page = await read(first);
  return { statements: counter.count - before, page };
}

/** A consumer's own per-batch statements (offset, bus read, held-back check, processed-event rows): not its handlers'. */
const CONSUMER_BOOKKEEPING = /consumer_offsets|processed_events|dead_letters|bus\.events/;

/** What `handlerStatements` needs of a started subgraph: its consumers and its statement counter. */
interface CountedSubgraph {
  consumers: readonly { name: string; drain(): Promise<number> }[];
  statements: { record(sql: string): void };
}

/**
 * Drains `subgraph`'s consumer `name` and answers the statements its handlers sent (transaction control
 * is never counted; the batch's bookkeeping is left out): what applying the waiting events costs. The
 * caller relays what the consumer should find first (the producing subgraph's `settle()`).
 */
export async function handlerStatements(subgraph: CountedSubgraph, name: string): Promise<string[]> {
  const consumer = subgraph.consumers.find((c) => c.name === name);
  if (!consumer) throw new Error(`no consumer ${name}`);
  const counter = subgraph.statements;
  const sent: string[] = [];
  const record = counter.record;
  counter.record = (sql: string) => {
    sent.push(sql);
    record.call(counter, sql);
  };
  try {
    await consumer.drain();
  } finally {
    counter.record = record;
  }
  return sent.filter((s) => !CONSUMER_BOOKKEEPING.test(s));
}
