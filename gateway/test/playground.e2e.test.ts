import type { Browser, Page } from 'playwright-core';
import { eventually, newCustomer, useTestStack } from '../../scripts/stack';
import { describeWithBrowser, launchBrowser, offlinePage } from '../../scripts/stack/browser';
import { readGatewayConfig } from '../src/config';
import { PLAYGROUND_CSP } from '../src/http/playground-route';
import { startGateway, type RunningGateway } from '../src/server';

/**
 * Issue 13 item 1: the playground in headless Chromium with no network beyond the gateway. A person
 * opens /graphql, reads the schema docs, puts a customer token in the header editor, runs a query,
 * then watches their ticket over graphql-ws while an agent assigns it. Any console error, failed
 * request or request to another origin fails the test.
 */
const OPEN_TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
const ASSIGN = `mutation($i: AssignTicketInput!) { assignTicket(input: $i) { id status } }`;

/** An element holding the CodeMirror 5 instance GraphiQL mounted in it. */
type CodeMirrorHost = { CodeMirror: { getValue(): string; setValue(text: string): void } };
const RESPONSE = '.graphiql-response .CodeMirror';

const setQuery = (page: Page, text: string) =>
  page.locator('.graphiql-query-editor .CodeMirror').evaluate((el, t) => (el as unknown as CodeMirrorHost).CodeMirror.setValue(t), text);
/** Waits (a hang guard, 30 s) until the response pane shows `text`; returns the pane's text. */
async function responseShows(page: Page, text: string): Promise<string> {
  // a function, not a string: the page's CSP forbids eval
  const shows = ({ selector, t }: { selector: string; t: string }) => {
    const { document } = globalThis as unknown as { document: { querySelector(s: string): CodeMirrorHost | null } };
    return (document.querySelector(selector)?.CodeMirror.getValue() ?? '').includes(t);
  };
  await page.waitForFunction(shows, { selector: RESPONSE, t: text }, { timeout: 30_000 });
  return page.locator(RESPONSE).evaluate((el) => (el as unknown as CodeMirrorHost).CodeMirror.getValue());
}

describeWithBrowser('the offline playground (GraphiQL) in headless Chromium', () => {
  const env = useTestStack('playground', { subgraphs: ['customer', 'service'] });
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('opens with no network, shows the schema docs, runs a query with the header editor token and receives subscription events', async () => {
    const origin = new URL(env.stack.gateway.url).origin;
    const customerId = await newCustomer(env);
    await env.settle();
    const token = await env.stack.token('customer', customerId);
    const ticketId = (await env.ok(OPEN_TICKET, { i: { type: 'CONSULTATION', channel: 'APP', subject: '咨询', body: '请问发货时间？' } }, token)).openTicket.id as string;

    const { page, problems } = await offlinePage(browser, [origin]);
    const opened = await page.goto(env.stack.gateway.url);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()['content-security-policy']).toBe(PLAYGROUND_CSP);
    expect(await page.title()).toBe('Member Graph playground');

    // the schema docs: introspection ran, the explorer lists the root types and the Query fields
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('me', { exact: true }).first().waitFor();

    // the header editor (open by default): a person types the token
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').click();
    await page.keyboard.insertText(`{ "Authorization": "Bearer ${token}" }`);

    await setQuery(page, '{ me { id } }');
    await page.locator('.graphiql-execute-button').click();
    expect(JSON.parse(await responseShows(page, customerId))).toEqual({ data: { me: { id: customerId } } });

    // a subscription over graphql-ws on the same /graphql: the replayed NEW, then ASSIGNED as it happens
    await setQuery(page, `subscription { ticketProgress(ticketId: "${ticketId}", afterSeq: 0) { seq status } }`);
    await page.locator('.graphiql-execute-button').click();
    await responseShows(page, '"NEW"');
    // the replay came through the live upstream subscription, so the next change arrives without a gap
    await env.ok(ASSIGN, { i: { ticketId, agentId: 'agent-9' } }, env.tokens.agent);
    expect(await responseShows(page, '"ASSIGNED"')).toContain('"seq": 2');
    expect(env.stack.gateway.activeSubscriptions()).toBe(1);
    // the stop button (the run button while streaming) ends it at the gateway and upstream
    await page.locator('.graphiql-execute-button').click();
    await eventually(() => env.stack.gateway.activeSubscriptions() === 0 && env.stack.subgraphs.service.activeSubscriptions() === 0, 'the stopped subscription is closed');

    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], offlineRefused: [] });
    await page.context().close();
  });
});

describe('who gets the playground', () => {
  const CLOSED = 'http://127.0.0.1:1/graphql'; // no subgraph is needed to serve or refuse the page
  const urls = { CUSTOMER_URL: CLOSED, LOYALTY_URL: CLOSED, SERVICE_URL: CLOSED, MARKETING_URL: CLOSED };
  const gateways: RunningGateway[] = [];
  afterAll(() => Promise.all(gateways.map((g) => g.stop())));
  const start = async (env: Record<string, string>) => {
    const g = await startGateway(readGatewayConfig({ ...urls, ...env }), 0);
    gateways.push(g);
    return g;
  };
  const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  test('in development, a browser gets the page and its bundle; an API client on the same URL gets GraphQL', async () => {
    const dev = await start({});
    const page = await fetch(dev.url, { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('/playground/main.js');
    const bundle = await fetch(new URL('/playground/main.js', dev.url));
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    const api = await fetch(`${dev.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(await api.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('in production there is no playground: no page on /graphql, no bundle', async () => {
    const prod = await start({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), GATEWAY_SECRET: 's'.repeat(40) });
    const page = await fetch(prod.url, { headers: html });
    expect(page.headers.get('content-type') ?? '').not.toMatch(/^text\/html/);
    expect(await page.text()).not.toContain('/playground/main.js');
    expect((await fetch(new URL('/playground/main.js', prod.url))).status).toBe(404);
    expect((await fetch(new URL('/playground', prod.url), { headers: html })).status).toBe(404);
  });
});
