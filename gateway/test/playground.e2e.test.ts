import type { Browser, Page } from 'playwright-core';
import { newCustomer, useTestStack } from '../../scripts/stack';
import { describeWithBrowser, launchBrowser, offlinePage } from '../../scripts/stack/browser';
import { PLAYGROUND_CSP } from '../src/http/playground-route';

/**
 * Issue 13 item 1: the playground in headless Chromium with no network beyond the gateway. A person
 * opens /graphql, reads the schema docs, puts a customer token in the header editor, runs a query,
 * then watches their ticket over graphql-ws while an agent assigns it. Any console error, failed
 * request or request to another origin fails the test.
 */
const OPEN_TICKET = `mutation($i: OpenTicketInput!) { openTicket(input: $i) { id } }`;
const ASSIGN = `mutation($i: AssignTicketInput!) { assignTicket(input: $i) { id status } }`;

/** The CodeMirror 5 instance GraphiQL mounts in `selector`. */
type CodeMirrorHost = Element & { CodeMirror: { getValue(): string; setValue(text: string): void } };

const setQuery = (page: Page, text: string) =>
  page.locator('.graphiql-query-editor .CodeMirror').evaluate((el, t) => (el as CodeMirrorHost).CodeMirror.setValue(t), text);
const response = (page: Page) => page.locator('.graphiql-response .CodeMirror').evaluate((el) => (el as CodeMirrorHost).CodeMirror.getValue());
/** Waits (a hang guard, 30 s) until the response pane shows `text`. */
async function responseShows(page: Page, text: string): Promise<string> {
  await page.waitForFunction(
    (t) => ((document.querySelector('.graphiql-response .CodeMirror') as CodeMirrorHost | null)?.CodeMirror.getValue() ?? '').includes(t),
    text,
    { timeout: 30_000 },
  );
  return response(page);
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

    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], offlineRefused: [] });
    await page.context().close();
  });
});
