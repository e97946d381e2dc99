import { ManualClock } from '@member-graph/common/time';
import { errorCodes, graphql } from '@member-graph/common/testing';
import { GrantConsentDocument, WithdrawConsentDocument } from '@member-graph/client-app';
import type { Stack } from '../../../scripts/stack';
import { ok, profileFacts, useProfileFactsStack, type Tokens } from './support/profile-facts';

const clock = new ManualClock('2026-03-01T02:00:00.000Z');
const env = useProfileFactsStack('consent', clock);
let stack: Stack;
let facts: ReturnType<typeof profileFacts>;
let tokens: Tokens;
beforeAll(() => ({ stack, facts, tokens } = env));

const DECISION = { grantConsent: GrantConsentDocument, withdrawConsent: WithdrawConsentDocument };
const decision = (verb: keyof typeof DECISION) => DECISION[verb];
const grant = (id: string, c: string, p: string, s: string, token: string) => graphql(stack.gateway.url, decision('grantConsent'), { customerId: id, channel: c, purpose: p, source: s } as never, { token });
const withdraw = (id: string, c: string, p: string, s: string, token: string) => graphql(stack.gateway.url, decision('withdrawConsent'), { customerId: id, channel: c, purpose: p, source: s } as never, { token });
const STATE = `query($id: ID!, $n: Int) { customer(id: $id) {
  consents { channel purpose granted source at }
  consentHistory(first: $n) { channel purpose granted source at actorRole } } }`;
const state = async (id: string, n: number | null = null) => (await ok(stack, STATE, { id, n }, tokens.admin)).customer;

test('a new customer has all 8 pairs, none granted, with no source or time', async () => {
  const id = await facts.customer('consent-new');
  const { consents, consentHistory } = await state(id);
  expect(consents).toHaveLength(8);
  expect(consents.every((c: { granted: boolean; source: unknown; at: unknown }) => !c.granted && c.source === null && c.at === null)).toBe(true);
  expect(consentHistory).toEqual([]);
});

test('grant and withdraw keep the history, newest first; the event is written only when the state changes', async () => {
  const id = await facts.customer('consent-flow');
  const self = await stack.token('customer', id);
  const t0 = clock.now().toISOString();
  const granted = await grant(id, 'SMS', 'MARKETING', 'APP_SETTINGS', self);
  expect(errorCodes(granted)).toEqual([]);
  clock.advance(60_000);
  expect(errorCodes(await grant(id, 'SMS', 'MARKETING', 'STORE_FORM', tokens.agent))).toEqual([]); // already granted: no-op
  expect(errorCodes(await withdraw(id, 'EMAIL', 'SERVICE', 'AGENT', tokens.agent))).toEqual([]); // never given: no-op
  clock.advance(60_000);
  const t2 = clock.now().toISOString();
  expect(errorCodes(await withdraw(id, 'SMS', 'MARKETING', 'UNSUBSCRIBE', tokens.system))).toEqual([]);
  clock.advance(60_000);
  const t3 = clock.now().toISOString();
  expect(errorCodes(await grant(id, 'WECHAT', 'SERVICE', 'AGENT', tokens.agent))).toEqual([]);

  const { consents, consentHistory } = await state(id);
  expect(consents.find((c: { channel: string; purpose: string }) => c.channel === 'SMS' && c.purpose === 'MARKETING')).toEqual({
    channel: 'SMS', purpose: 'MARKETING', granted: false, source: 'UNSUBSCRIBE', at: t2,
  });
  expect(consents.find((c: { channel: string; purpose: string }) => c.channel === 'WECHAT' && c.purpose === 'SERVICE')).toEqual({
    channel: 'WECHAT', purpose: 'SERVICE', granted: true, source: 'AGENT', at: t3,
  });
  expect(consentHistory).toEqual([
    { channel: 'WECHAT', purpose: 'SERVICE', granted: true, source: 'AGENT', at: t3, actorRole: 'agent' },
    { channel: 'SMS', purpose: 'MARKETING', granted: false, source: 'UNSUBSCRIBE', at: t2, actorRole: 'system' },
    { channel: 'SMS', purpose: 'MARKETING', granted: true, source: 'APP_SETTINGS', at: t0, actorRole: 'customer' },
  ]);
  expect((await state(id, 1)).consentHistory).toHaveLength(1);

  const events = await facts.outbox('customer.consent_changed', id);
  expect(events.map((e) => e.payload)).toEqual([
    { customerId: id, channel: 'SMS', purpose: 'MARKETING', granted: true },
    { customerId: id, channel: 'SMS', purpose: 'MARKETING', granted: false },
    { customerId: id, channel: 'WECHAT', purpose: 'SERVICE', granted: true },
  ]);
  expect(events[0].actor).toEqual({ id, role: 'customer', scopes: [] });
});

test('who may decide: the customer themself, agents, admins and integrations; not marketers nor other customers', async () => {
  const id = await facts.customer('consent-roles');
  const stranger = await stack.token('customer', await facts.customer('consent-stranger'));
  expect(errorCodes(await grant(id, 'PUSH', 'MARKETING', 'AGENT', tokens.marketer))).toEqual(['FORBIDDEN']);
  expect(errorCodes(await grant(id, 'PUSH', 'MARKETING', 'APP_SETTINGS', stranger))).toEqual(['NOT_FOUND']);
  expect(errorCodes(await graphql(stack.gateway.url, decision('grantConsent'), { customerId: id, channel: 'PUSH', purpose: 'MARKETING', source: 'AGENT' }))).toEqual(['UNAUTHENTICATED']);
  expect(errorCodes(await grant(id, 'PUSH', 'MARKETING', 'AGENT', tokens.admin))).toEqual([]);
  expect(errorCodes(await withdraw(id, 'PUSH', 'MARKETING', 'IMPORT', tokens.system))).toEqual([]);
  expect((await state(id)).consentHistory).toHaveLength(2);
  expect(errorCodes(await grant('00000000-0000-4000-8000-000000000000', 'SMS', 'SERVICE', 'AGENT', tokens.agent))).toEqual(['NOT_FOUND']);
});

test('consentHistory(first) is 1..100', async () => {
  const id = await facts.customer('consent-first');
  const res = await graphql(stack.gateway.url, STATE, { id, n: 0 }, { token: tokens.admin });
  expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
  expect(res.errors?.[0].extensions?.details).toEqual({ field: 'first' });
});

test('merging keeps the most recent decision per pair and moves the whole history to the survivor', async () => {
  const survivor = await facts.customer('consent-survivor');
  const merged = await facts.customer('consent-merged');
  await grant(survivor, 'SMS', 'MARKETING', 'APP_SETTINGS', tokens.agent); // older than the merged withdrawal below
  clock.advance(60_000);
  await grant(merged, 'SMS', 'MARKETING', 'STORE_FORM', tokens.agent);
  clock.advance(60_000);
  await withdraw(merged, 'SMS', 'MARKETING', 'UNSUBSCRIBE', tokens.agent); // newest SMS decision: wins
  clock.advance(60_000);
  await grant(merged, 'EMAIL', 'SERVICE', 'STORE_FORM', tokens.agent); // survivor never decided: taken
  clock.advance(60_000);
  await grant(survivor, 'PUSH', 'SERVICE', 'APP_SETTINGS', tokens.agent);
  clock.advance(60_000);
  await ok(stack, `mutation($i: MergeCustomersInput!) { mergeCustomers(input: $i) { id } }`, { i: { survivorId: survivor, mergedId: merged } }, tokens.admin);

  const { consents, consentHistory } = await state(survivor);
  const granted = consents.filter((c: { granted: boolean }) => c.granted).map((c: { channel: string; purpose: string }) => `${c.channel}:${c.purpose}`);
  expect(granted.sort()).toEqual(['EMAIL:SERVICE', 'PUSH:SERVICE']);
  expect(consents.find((c: { channel: string; purpose: string }) => c.channel === 'SMS' && c.purpose === 'MARKETING')).toMatchObject({ granted: false, source: 'UNSUBSCRIBE' });
  expect(consentHistory).toHaveLength(5);
  const [{ n }] = await facts.query(`select count(*)::int as n from customer.consents where customer_id = $1`, [merged]);
  expect(n).toBe(0);
  const flips = (await facts.outbox('customer.consent_changed', survivor)).slice(-2).map((e) => e.payload);
  expect(flips).toEqual([
    { customerId: survivor, channel: 'SMS', purpose: 'MARKETING', granted: false },
    { customerId: survivor, channel: 'EMAIL', purpose: 'SERVICE', granted: true },
  ]);
});
