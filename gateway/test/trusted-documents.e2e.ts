import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { dataOf, errorCodes, graphql, type GraphQLResponse } from '@member-graph/common/testing';
import {
  CheckInDocument,
  ClaimCouponDocument,
  CouponCentreDocument,
  GrantConsentDocument,
  MemberHomeDocument,
  MyConsentsDocument,
  MyCouponsDocument,
  OpenReturnDocument,
  OpenTicketDocument,
  PointsHistoryDocument,
  RecommendationsDocument,
  RedeemPointsDocument,
  SetPersonalisationDocument,
  TicketProgressDocument,
  persistedRequest,
  trustedDocuments,
} from '@member-graph/client-app';
import { StaffCustomerPageDocument } from '@member-graph/client-staff';
import { readGatewayConfig } from '../src/config';
import { startGateway, type RunningGateway } from '../src/server';
import { newCustomer, recordOrder, useTestStack } from '../../scripts/stack';
import { couponTemplate } from './support/coupons';

/**
 * Issue 13 item 3: a gateway in production mode runs for customers only the app SDK's operations
 * (clients/app, by hash or full text), over HTTP and graphql-ws; staff may send any operation unless
 * TRUSTED_DOCUMENTS_STAFF=manifest; development accepts anything. Every SDK operation runs here by hash.
 */
const SECRET = 'dev-gateway-secret-change-me';
const JWT = 'dev-jwt-secret-change-me-0123456789';
const env = useTestStack('trusteddocs', { gatewaySecret: SECRET, jwtSecret: JWT });
const clients: Client[] = [];
env.beforeStop(() => Promise.all(clients.map((c) => c.dispose())));

let prod: RunningGateway;
let strict: RunningGateway;
let customerId: string;
let customer: string;

const production = (extra: Record<string, string> = {}) => {
  const urls = Object.fromEntries(Object.entries(env.stack.subgraphs).map(([n, s]) => [`${n.toUpperCase()}_URL`, s.url]));
  return startGateway(readGatewayConfig({ NODE_ENV: 'production', GATEWAY_SECRET: SECRET, JWT_SECRET: JWT, ...urls, ...extra }), 0);
};

beforeAll(async () => {
  prod = await production();
  strict = await production({ TRUSTED_DOCUMENTS_STAFF: 'manifest' });
  customerId = await newCustomer(env, { name: '可信会员' });
  customer = await env.stack.token('customer', customerId);
  await env.settle();
});
afterAll(async () => {
  await prod?.stop();
  await strict?.stop();
});

/** Posts a raw JSON body to a gateway. */
async function post<T = any>(url: string, body: unknown, token?: string): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Runs an SDK operation by its manifest hash only (no text), as a production app does. */
const byHash = <R, V>(document: TypedDocumentNode<R, V>, variables: V, token = customer) => post<R>(prod.url, persistedRequest(document, variables), token);

const ARBITRARY = `{ me { id phone email } }`;

test('the manifest holds every SDK operation, keyed by the sha256 of its text', () => {
  const names = Object.values(trustedDocuments).map((d) => /(?:^| )(?:query|mutation|subscription) (\w+)/.exec(d)?.[1]);
  expect(names).toEqual(expect.arrayContaining(['MemberHome', 'PointsHistory', 'CheckIn', 'RedeemPoints', 'MyCoupons', 'ClaimCoupon', 'Recommendations', 'OpenTicket', 'OpenReturn', 'ReturnProgress', 'TicketProgress', 'GrantConsent']));
});

test('production, customer: an SDK operation runs by documentId, by persistedQuery hash and as full text; anything else is PERSISTED_QUERY_NOT_FOUND', async () => {
  const { documentId, extensions } = persistedRequest(MemberHomeDocument, {});
  const viaId = await post(prod.url, { documentId }, customer);
  const viaApq = await post(prod.url, { extensions }, customer);
  const viaText = await post(prod.url, { query: print(MemberHomeDocument) }, customer);
  for (const answer of [viaId, viaApq, viaText]) expect(dataOf(answer).me).toMatchObject({ name: '可信会员', loyalty: { tier: { code: 'MEMBER' }, points: { balance: 0 } } });

  const refused = await post(prod.url, { query: ARBITRARY }, customer);
  expect(refused.status).toBe(400);
  expect(errorCodes(refused)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  expect(refused.errors?.[0].message).toMatch(/not a trusted document.*app SDK/);
  expect(errorCodes(await post(prod.url, { query: ARBITRARY }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']); // anonymous too
  const unknown = await post(prod.url, { documentId: 'f'.repeat(64) }, customer);
  expect(errorCodes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  expect(unknown.errors?.[0].message).toContain(`No trusted document has the hash ${'f'.repeat(64)}`);
  // a manifest operation with one field more is another document
  const edited = print(MemberHomeDocument).replace('name', 'name phone');
  expect(errorCodes(await post(prod.url, { query: edited }, customer))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
});

test('production, staff: any operation with TRUSTED_DOCUMENTS_STAFF=any (the default), only the manifest with =manifest', async () => {
  const agent = env.tokens.agent;
  const CUSTOMER = `query($id: ID!) { customer(id: $id) { id name } }`;
  expect(dataOf(await graphql(prod.url, CUSTOMER, { id: customerId }, { token: agent })).customer).toEqual({ id: customerId, name: '可信会员' });
  expect(errorCodes(await graphql(strict.url, CUSTOMER, { id: customerId }, { token: agent }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  expect(errorCodes(await graphql(strict.url, ARBITRARY, {}, { token: customer }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  // with =manifest staff run the staff SDK's operations (by hash or text); customers never do
  const page = await post(strict.url, persistedRequest(StaffCustomerPageDocument as never, { first: 100 }), agent);
  expect(dataOf(page).customers.nodes.map((c: { id: string }) => c.id)).toContain(customerId);
  expect(dataOf(await graphql(strict.url, StaffCustomerPageDocument, { first: 5, after: null, filter: null }, { token: agent })).customers.totalCount).toBeGreaterThan(0);
  expect(errorCodes(await post(strict.url, persistedRequest(StaffCustomerPageDocument as never, { first: 100 }), customer))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
  // a bad token is still UNAUTHENTICATED, not a manifest question
  const forged = await graphql(prod.url, ARBITRARY, {}, { token: 'not-a-jwt' });
  expect([forged.status, errorCodes(forged)]).toEqual([401, ['UNAUTHENTICATED']]);
});

test('development (TRUSTED_DOCUMENTS off): a customer may send any operation, and SDK hashes still resolve', async () => {
  expect(dataOf(await graphql(env.stack.gateway.url, `{ me { id } }`, {}, { token: customer })).me).toEqual({ id: customerId });
  expect(dataOf(await post(env.stack.gateway.url, persistedRequest(MemberHomeDocument, {}), customer)).me.name).toBe('可信会员');
});

test('every SDK operation runs by hash for a customer in production: home, points, check-in, redeem, coupons, recommendations, ticket, return, consent', async () => {
  const checkIn = dataOf(await byHash(CheckInDocument, {})).checkIn;
  expect(checkIn).toMatchObject({ checkedIn: true, streak: 1 });
  await env.settle();
  const history = dataOf(await byHash(PointsHistoryDocument, { first: 5, after: null })).me.loyalty!.history;
  expect(history.nodes.map((n) => n.amount)).toEqual(checkIn.points > 0 ? [checkIn.points] : []);
  const balance = dataOf(await byHash(PointsHistoryDocument, { first: 1, after: null })).me.loyalty!.points.balance;
  const redeem = await byHash(RedeemPointsDocument, { input: { points: balance + 1, idempotencyKey: 'too-much' } });
  expect(errorCodes(redeem)).toEqual(['INSUFFICIENT_POINTS']);

  const templateId = await couponTemplate(env.stack, 5);
  expect(dataOf(await byHash(CouponCentreDocument, {})).couponTemplates.map((t) => t.id)).toContain(templateId);
  const claimed = dataOf(await byHash(ClaimCouponDocument, { input: { templateId, idempotencyKey: 'claim-1' } })).claimCoupon;
  expect(claimed).toMatchObject({ replayed: false, coupon: { status: 'AVAILABLE' } });
  expect(dataOf(await byHash(MyCouponsDocument, {})).me).toEqual({ coupons: [{ code: claimed.coupon.code, status: 'AVAILABLE' }], available: [{ code: claimed.coupon.code }] });

  expect(dataOf(await byHash(SetPersonalisationDocument, { enabled: false })).setPersonalisation).toEqual({ customerId, enabled: false });
  const recs = dataOf(await byHash(RecommendationsDocument, { first: 3 })).me;
  expect(recs.personalisationEnabled).toBe(false);
  expect(recs.recommendations?.every((r) => r.reason === 'POPULAR')).toBe(true);

  const granted = dataOf(await byHash(GrantConsentDocument, { customerId, channel: 'SMS', purpose: 'MARKETING', source: 'APP_SETTINGS' })).grantConsent;
  expect(granted.consents.find((c) => c.channel === 'SMS' && c.purpose === 'MARKETING')).toMatchObject({ granted: true, source: 'APP_SETTINGS' });
  expect(dataOf(await byHash(MyConsentsDocument, {})).me.consents.filter((c) => c.granted)).toHaveLength(1);

  const orderId = await recordOrder(env, customerId, { lines: [{ sku: 'COAT-1', amount: '199.00', category: 'apparel' }], paidAt: new Date(Date.now() - 86_400_000) });
  await env.settle();
  const opened = dataOf(await byHash(OpenReturnDocument, { input: { orderId, lines: [{ sku: 'COAT-1', quantity: 1 }], reason: '尺码不合适' } })).openReturn;
  expect(opened).toMatchObject({ amount: '199.00' });
  expect(['REQUESTED', 'APPROVED']).toContain(opened.stage);
});

test('graphql-ws in production: a customer subscribes by hash (query empty) and receives the replay; a subscription outside the manifest is refused', async () => {
  const ticket = dataOf(await byHash(OpenTicketDocument, { input: { type: 'CONSULTATION', channel: 'APP', subject: '积分怎么用', body: '想问积分规则' } })).openTicket;
  expect(ticket).toMatchObject({ status: 'NEW', type: 'CONSULTATION' });
  const client = createClient({ url: prod.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${customer}` }, retryAttempts: 0, lazy: true });
  clients.push(client);
  const { extensions } = persistedRequest(TicketProgressDocument, { ticketId: ticket.id, afterSeq: 0 });
  const events = client.iterate({ query: '', variables: { ticketId: ticket.id, afterSeq: 0 }, extensions });
  const first = await events.next();
  expect(first.value).toEqual({ data: { ticketProgress: expect.objectContaining({ seq: 1, status: 'NEW', ticket: { id: ticket.id, status: 'NEW' } }) } });
  await events.return?.();

  const raw = client.iterate({ query: `subscription($id: ID!) { ticketProgress(ticketId: $id, afterSeq: 0) { seq ticket { customer { phone } } } }`, variables: { id: ticket.id } });
  await expect(raw.next()).rejects.toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) })]);
});
