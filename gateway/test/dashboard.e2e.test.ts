import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { DAY_MS, ManualClock } from '@member-graph/common/time';
import { describeWithBrowser, launchBrowser, offlinePage } from '../../scripts/stack/browser';
import { seedInsight } from '../../scripts/stack/insight-seed';
import { useTestStack } from '../../scripts/stack';

/**
 * Issue 14's dashboard in a real browser: headless Chromium loads /dashboard from the gateway against a
 * seeded stack (no other origin reachable), signs in with a staff token, and every chart renders with
 * data; no console error, failed request or off-machine request. The screenshot goes to the README.
 */
const CHARTS = ['tier-now', 'tier-mix', 'repurchase', 'cohorts', 'clv', 'campaign-roi', 'complaints', 'returns', 'sla'];
const SCREENSHOT = path.join(__dirname, '..', '..', 'docs', 'images', 'dashboard.png');

// three days ago at 10:00 in Shanghai: the seed ends the day before yesterday, inside the page's default range
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
const clock = new ManualClock(new Date(today - 3 * DAY_MS + 2 * 3_600_000));

describeWithBrowser('the staff dashboard', () => {
  const env = useTestStack('dashboard', { clock, subgraphs: ['customer', 'loyalty', 'service', 'marketing'] });
  let browser: Browser;

  beforeAll(async () => {
    await seedInsight(env, clock);
    browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
  });

  const origin = () => new URL(env.stack.gateway.url).origin;

  test('is served with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${origin()}/dashboard`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await response.text()).toContain('/dashboard/main.js');
  });

  test('signs in with a staff token and draws every chart with data, offline, without errors', async () => {
    const { page, problems } = await offlinePage(browser, [origin()]);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto(`${origin()}/dashboard`);
    await page.fill('#sign-in textarea', env.tokens.marketer);
    await page.click('#sign-in button[type=submit]');
    await page.waitForFunction(() => document.body.dataset.loaded === 'true', undefined, { timeout: 60_000 });

    const charts = await page.$$eval('[data-chart]', (els) => els.map((el) => ({ id: (el as HTMLElement).dataset.chart, state: (el as HTMLElement).dataset.state, points: Number((el as HTMLElement).dataset.points), text: el.textContent })));
    expect(charts.map((c) => c.id)).toEqual(CHARTS);
    for (const chart of charts) {
      expect({ id: chart.id, state: chart.state, text: chart.state === 'ready' ? '' : chart.text }).toEqual({ id: chart.id, state: 'ready', text: '' });
      expect(chart.points).toBeGreaterThan(0);
    }
    // a chart is pixels on a canvas, not an empty one; the heat map has coloured cells
    const painted = await page.$$eval('[data-chart] canvas', (canvases) =>
      canvases.map((c) => {
        const canvas = c as HTMLCanvasElement;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
        return inked;
      }),
    );
    expect(painted).toHaveLength(CHARTS.length - 1);
    expect(painted.every((inked) => inked > 500)).toBe(true);
    expect(await page.$$eval('[data-chart="cohorts"] td:not(.empty)', (cells) => cells.length)).toBeGreaterThan(5);
    // the token stays in this tab's sessionStorage, never in localStorage or a cookie
    expect(await page.evaluate(() => [localStorage.length, document.cookie, sessionStorage.length])).toEqual([0, '', 1]);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [], offlineRefused: [] });
  }, 120_000);

  test('filters by sales channel and refuses an impossible range in the panel, not the console', async () => {
    const { page, problems } = await offlinePage(browser, [origin()]);
    await page.goto(`${origin()}/dashboard`);
    await page.fill('#sign-in textarea', env.tokens.marketer);
    await page.click('#sign-in button[type=submit]');
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    const buyers = () => page.$eval('[data-chart="repurchase"]', (el) => Number((el as HTMLElement).dataset.points));
    const all = await buyers();
    await page.selectOption('#filters select[name=channel]', 'STORE');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    expect(await buyers()).toBeGreaterThan(0);
    expect(await buyers()).toBeLessThanOrEqual(all);

    await page.fill('#filters input[name=from]', '2020-01-01');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    const repurchase = await page.$eval('[data-chart="repurchase"]', (el) => ({ state: (el as HTMLElement).dataset.state, text: el.textContent }));
    expect(repurchase.state).toBe('error');
    expect(repurchase.text).toContain('BAD_USER_INPUT');
    // the only noise is Chromium's own notice of each refused operation (HTTP 400 from /graphql)
    expect(problems.consoleErrors.length).toBeGreaterThan(0);
    expect(problems.consoleErrors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    expect(problems.failedRequests.filter((r) => !/^POST .*\/graphql: HTTP 400$/.test(r))).toEqual([]);
    expect([problems.pageErrors, problems.offlineRefused]).toEqual([[], []]);
  }, 120_000);
});
