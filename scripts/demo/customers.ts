import type { SeedClient } from './insight';

/** Demo customers: one per channel, with identities, profiles and phones; seeding is idempotent. */
export const DEMO_CUSTOMERS = [
  { identity: { type: 'WECHAT_MINI_OPENID', appId: 'wxdemo0001', value: 'o_demo_lin' }, channel: 'MINI_PROGRAM', profile: { name: '林晓雨', gender: 'FEMALE', birthday: '1992-03-08', region: '上海', phone: '13812345678', email: 'xiaoyu.lin@example.com' } },
  { identity: { type: 'APP_USER_ID', value: 'app-demo-1002' }, channel: 'APP', profile: { name: '王建国', gender: 'MALE', birthday: '1985-11-20', region: '北京', phone: '13987654321' } },
  { identity: { type: 'STORE_MEMBER_CARD', value: 'SH-0009-77812' }, channel: 'STORE', profile: { name: '陈美玲', gender: 'FEMALE', birthday: '1990-07-15', region: '广州', phone: '13700001111' } },
  { identity: { type: 'DOUYIN_ID', value: 'dy_demo_9981' }, channel: 'DOUYIN', profile: { name: 'Alex Chen', gender: 'UNKNOWN', region: 'Shenzhen', phone: '+447911123456', email: 'alex@example.com' } },
  { identity: { type: 'PHONE', value: '13600002222' }, channel: 'WEB', profile: { name: '赵敏', gender: 'FEMALE', birthday: '1996-01-30', region: '杭州' } },
] as const;

const RESOLVE = /* GraphQL */ `
  mutation SeedCustomer($input: ResolveCustomerInput!) {
    resolveCustomer(input: $input) { created customer { id name } }
  }
`;

/** Tags per demo customer (by index). */
const DEMO_TAGS = [
  [{ name: '母婴', type: 'NEED', source: 'MANUAL' }, { name: '高价值', type: 'VALUE', source: 'RULE' }],
  [{ name: '数码发烧友', type: 'BEHAVIOR', source: 'MODEL' }],
  [{ name: '母婴', type: 'NEED', source: 'MANUAL' }, { name: '门店常客', type: 'SCENE', source: 'RULE' }],
  [{ name: 'English speaker', type: 'ATTRIBUTE', source: 'MANUAL' }],
  [],
];

const ADD_TAGS = `mutation SeedTags($id: ID!, $tags: [TagInput!]!) { addTags(customerId: $id, tags: $tags) { id } }`;
const RECORD_ORDER = `mutation SeedOrder($o: RecordOrderInput!) { recordOrder(input: $o) { id } }`;
const GRANT = `mutation SeedConsent($id: ID!) { grantConsent(customerId: $id, channel: SMS, purpose: MARKETING, source: IMPORT) { id } }`;

/** Fixed dates and numbers, so a second seed finds every order already recorded (recordOrder is idempotent). */
const demoOrder = (customerId: string, i: number, n: number) => ({
  externalNo: `DEMO-${i}-${n}`,
  customerId,
  channel: i === 2 ? 'STORE' : 'APP',
  storeId: i === 2 ? 'SH-0009' : null,
  paidAt: `2026-${String(9 + n).padStart(2, '0')}-${String(5 + i).padStart(2, '0')}T04:00:00.000Z`,
  lines: [
    { sku: `SKU-${100 + i}`, category: i % 2 ? 'electronics' : 'baby', quantity: 1, amount: `${(199 + 100 * i).toFixed(2)}` },
    { sku: 'SKU-GIFT-BAG', category: 'accessories', quantity: 2, amount: '10.00' },
  ],
});

/**
 * Seeds the demo customers through the gateway as the `system` integration: customers, tags, SMS
 * marketing consent and a few orders each (loyalty turns those into points). Every step is idempotent.
 */
export async function seedCustomers(client: Pick<SeedClient, 'ok' | 'tokens'>) {
  const call = (query: string, variables: Record<string, unknown>) => client.ok(query, variables, client.tokens.system);
  // customers side by side (each touches only itself), each customer's steps in order
  return Promise.all(
    DEMO_CUSTOMERS.map(async (c, i) => {
      const { resolveCustomer } = await call(RESOLVE, { input: c });
      const id: string = resolveCustomer.customer.id;
      if (DEMO_TAGS[i].length) await call(ADD_TAGS, { id, tags: DEMO_TAGS[i] });
      if (i !== 4) await call(GRANT, { id });
      for (let n = 0; n < 3 - (i % 3); n++) await call(RECORD_ORDER, { o: demoOrder(id, i, n) });
      return { ...resolveCustomer.customer, created: resolveCustomer.created } as { id: string; name: string; created: boolean };
    }),
  );
}
