import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Browser tests drive the Debian `chromium` package (`apt-get install -y chromium`, as the README and
 * `.ci/run` do) with playwright-core. Where it lives: `CHROMIUM_PATH`, else /usr/bin/chromium.
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
}

/**
 * Registers `suite()` when Chromium is installed; otherwise one visibly skipped test naming why, or,
 * with `CI=true`, one failing test (CI installs the browser, so a missing one is a broken set-up).
 */
export function describeWithBrowser(title: string, suite: () => void): void {
  if (chromiumPath()) return describe(title, suite);
  const why = 'Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)';
  if (process.env.CI === 'true') return describe(title, () => test('a Chromium browser is installed', () => { throw new Error(`CI=true: ${why}`); }));
  console.warn(`browser tests skipped: ${why}`);
  describe(title, () => test.skip(why, () => undefined));
}

/** Headless Chromium with the flags a closed network needs (no background calls home). */
export function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found (apt-get install -y chromium, or set CHROMIUM_PATH)');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** What went wrong on a page: console errors, uncaught page errors, failed requests, and requests refused as off-machine. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  offlineRefused: string[];
}

/**
 * A page with no network beyond the given origins (every other request is aborted and recorded, as a
 * machine with no internet would), and a record of every problem it meets.
 */
export async function offlinePage(browser: Browser, allowedOrigins: string[]): Promise<{ page: Page; problems: PageProblems }> {
  const context = await browser.newContext();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], offlineRefused: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowedOrigins.some((origin) => url.startsWith(origin)) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.offlineRefused.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.consoleErrors.push(message.text()));
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && problems.failedRequests.push(`${response.request().method()} ${response.url()}: HTTP ${response.status()}`));
  return { page, problems };
}
