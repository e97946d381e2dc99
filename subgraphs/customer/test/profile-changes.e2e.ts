import { newCustomer, useTestStack } from '../../../scripts/stack';

/** Birthday once by the customer, phone only by the integration role, both audited (issue 15). */
const h = useTestStack('profilechanges', { subgraphs: ['customer'] });

const UPDATE = `mutation($id: ID!, $p: CustomerProfileInput!) { updateCustomerProfile(id: $id, input: $p) { id birthday phone } }`;
const audit = (id: string) =>
  h.stack.subgraphs.customer.dataSource.query(`select fields, actor_id, actor_role from customer.profile_changes where customer_id = $1 order by id`, [id]);

test('a customer sets the birthday once; the second try is BIRTHDAY_ALREADY_SET and changes nothing; an agent corrects it, audited', async () => {
  const id = await newCustomer(h, { profile: { name: '生日会员' } });
  const me = await h.stack.token('customer', id);
  expect((await h.ok(UPDATE, { id, p: { birthday: '1990-05-20' } }, me)).updateCustomerProfile.birthday).toBe('1990-05-20');
  const again = await h.gql(UPDATE, { id, p: { birthday: '1990-06-20' } }, me);
  expect(again.errors?.[0].extensions).toMatchObject({ code: 'BIRTHDAY_ALREADY_SET' });
  expect((await h.ok(`query($id: ID!) { customer(id: $id) { birthday } }`, { id }, h.tokens.agent)).customer.birthday).toBe('1990-05-20');
  expect((await h.ok(UPDATE, { id, p: { birthday: '1990-06-20' } }, h.tokens.agent)).updateCustomerProfile.birthday).toBe('1990-06-20');
  expect(await audit(id)).toEqual([
    { fields: ['birthday'], actor_id: id, actor_role: 'customer' },
    { fields: ['birthday'], actor_id: 'agent-1', actor_role: 'agent' },
  ]);
});

test('the phone changes only through the integration role: a customer or an agent gets PHONE_VERIFICATION_REQUIRED; the change is audited without the number', async () => {
  const id = await newCustomer(h, { profile: { name: '换号会员', phone: '13800001111' } });
  const me = await h.stack.token('customer', id);
  expect(await h.codes(UPDATE, { id, p: { phone: '13900002222' } }, me)).toEqual(['PHONE_VERIFICATION_REQUIRED']);
  expect(await h.codes(UPDATE, { id, p: { phone: '13900002222', name: '新名字' } }, h.tokens.agent)).toEqual(['PHONE_VERIFICATION_REQUIRED']);
  const unchanged = (await h.ok(`query($id: ID!) { customer(id: $id) { name } }`, { id }, h.tokens.agent)).customer;
  expect(unchanged.name).toBe('换号会员');
  expect((await h.ok(UPDATE, { id, p: { phone: '13900002222' } }, h.tokens.system)).updateCustomerProfile.id).toBe(id);
  const [row] = await h.stack.subgraphs.customer.dataSource.query(`select phone from customer.customers where id = $1`, [id]);
  expect(row.phone).toBe('13900002222');
  const trail = await audit(id);
  expect(trail).toEqual([{ fields: ['phone'], actor_id: 'system-1', actor_role: 'system' }]);
  expect(JSON.stringify(trail)).not.toContain('1390000');
});
