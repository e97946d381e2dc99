import { graphql, dataOf } from '@member-graph/common/testing';

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

/** Seeds the demo data through the gateway as the `system` integration; returns the demo customers. */
export async function seedDemo(gatewayUrl: string, systemToken: string) {
  const customers: { id: string; name: string; created: boolean }[] = [];
  for (const c of DEMO_CUSTOMERS) {
    const res = dataOf(await graphql(gatewayUrl, RESOLVE, { input: c }, { token: systemToken }));
    customers.push({ ...res.resolveCustomer.customer, created: res.resolveCustomer.created });
  }
  return customers;
}
