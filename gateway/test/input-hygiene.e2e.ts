import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { dataOf, graphql } from '@member-graph/common/testing';
import { useTestStack } from '../../scripts/stack';

/** Issue 10 item 5 through the gateway: unstorable strings are refused in one place, naming the field, changing nothing. */
const env = useTestStack('hygiene', { subgraphs: ['customer', 'service'] }); // customers, tags and a ticket subscription
const RESOLVE = `mutation($input: ResolveCustomerInput!) { resolveCustomer(input: $input) { created customer { id name } } }`;
const input = (value: string, name: string) => ({ identity: { type: 'APP_USER_ID', value }, channel: 'APP', profile: { name } });

let system: string;
beforeAll(async () => {
  system = await env.stack.token('system', 'feed');
});

test('a NUL byte in a variable is BAD_USER_INPUT naming the field (HTTP 400), and nothing is created', async () => {
  const r = await graphql(env.stack.gateway.url, RESOLVE, { input: input('nul-1', '小\u0000王') }, { token: system });
  expect(r.status).toBe(400);
  expect(r.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: '$input.profile.name' }) })]);
  expect(r.errors?.[0].message).toMatch(/NUL/);
  const again = dataOf(await graphql(env.stack.gateway.url, RESOLVE, { input: input('nul-1', '小王') }, { token: system }));
  expect(again.resolveCustomer.created).toBe(true);
});

test('a NUL written as a literal in the operation names its argument path', async () => {
  const r = await graphql(
    env.stack.gateway.url,
    `mutation { resolveCustomer(input: { identity: { type: APP_USER_ID, value: "nul-2" }, channel: APP, profile: { name: "a\\u0000b" } }) { created } }`,
    {},
    { token: system },
  );
  expect(r.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.profile.name' }) })]);
});

test('a lone surrogate is refused, anywhere in the input (here inside a list); a real emoji (a surrogate pair) is fine', async () => {
  const lone = await graphql(env.stack.gateway.url, RESOLVE, { input: { ...input('sur-1', '小王'), identity: { type: 'APP_USER_ID', value: 'sur-\ud800' } } }, { token: system });
  expect(lone.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: '$input.identity.value' }));
  expect(lone.errors?.[0].message).toMatch(/surrogate/);
  const admin = await env.stack.token('admin', 'admin-1');
  const listed = await graphql(env.stack.gateway.url, `query($f: CustomerFilterInput) { customers(first: 1, filter: $f) { totalCount } }`, { f: { tagsAll: ['ok', 'bad\udc00'] } }, { token: admin });
  expect(listed.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: '$f.tagsAll[1]' }));
  const emoji = dataOf(await graphql(env.stack.gateway.url, RESOLVE, { input: input('sur-2', '小王😀') }, { token: system }));
  expect(emoji.resolveCustomer.customer.name).toBe('小王😀');
});

test('over WebSocket, a subscription whose variables carry a NUL is refused the same way', async () => {
  const client = createClient({
    url: env.stack.gateway.url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${await env.stack.token('agent', 'agent-1')}` },
    retryAttempts: 0,
    lazy: true,
  });
  try {
    const refusal = await client
      .iterate({ query: `subscription($id: ID!) { ticketProgress(ticketId: $id) { seq } }`, variables: { id: 'x\u0000' } })
      .next()
      .then(() => null, (errors) => errors);
    expect(refusal).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: '$id' }) })]);
  } finally {
    await client.dispose();
  }
});

test('names and tags: a blank name is an error, bidi overrides are refused, full-width tags are one tag with their ASCII form', async () => {
  const blank = await graphql(env.stack.gateway.url, RESOLVE, { input: input('blank-1', '   ') }, { token: system });
  expect(blank.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  const spoof = await graphql(env.stack.gateway.url, RESOLVE, { input: input('bidi-1', 'Ali\u202Ecod.exe') }, { token: system });
  expect(spoof.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  const { resolveCustomer } = dataOf(await graphql(env.stack.gateway.url, RESOLVE, { input: input('tags-1', '小王') }, { token: system }));
  const admin = await env.stack.token('admin', 'admin-1');
  const add = (name: string) => graphql(env.stack.gateway.url, `mutation($id: ID!, $tags: [TagInput!]!) { addTags(customerId: $id, tags: $tags) { tags { name } } }`, { id: resolveCustomer.customer.id, tags: [{ name, type: 'NEED', source: 'MANUAL' }] }, { token: admin });
  dataOf(await add('Ｍｏｔｈｅｒ'));
  const again = dataOf(await add('Mother'));
  expect(again.addTags.tags.map((t: { name: string }) => t.name)).toEqual(['Mother']);
});
