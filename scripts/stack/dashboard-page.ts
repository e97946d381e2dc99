import type { Browser } from 'playwright-core';
import { offlinePage, type PageProblems } from './browser';

/** The dashboard's charts in page order (`data-chart` of each panel). */
export const DASHBOARD_CHARTS = ['tier-now', 'tier-mix', 'repurchase', 'cohorts', 'clv', 'campaign-roi', 'complaints', 'returns', 'sla'];

/** The page sets body[data-loaded] once every panel has answered (drawn, empty or failed). */
export const DASHBOARD_LOADED = () => (globalThis as any).document.body.dataset.loaded === 'true';

/** Every analytics query of the four subgraphs in one operation, as staff tools may ask them. */
export const ALL_ANALYTICS = `query($from: LocalDate!, $to: LocalDate!) {
  tierMix { tier customers }
  tierMixByMonth(from: $from, to: $to) { month total }
  repurchaseRate(from: $from, to: $to) { month buyers repeatBuyers }
  cohortRetention(from: $from, to: $to) { month customers active }
  campaignRoi(from: $from, to: $to) { name sent revenue }
  clvDistribution(by: SEGMENT) { name scoredCustomers averageClv }
  complaintReasons(from: $from, to: $to) { productCategory reason count }
  returnReasons(from: $from, to: $to) { productCategory reason count }
  slaBreaches(from: $from, to: $to) { periodStart firstResponseBreaches }
  satisfactionTrend(from: $from, to: $to) { periodStart responses }
}`;

/** One drawn chart as the page reports it: its state, the data points drawn and any text (an error). */
export interface DrawnChart {
  id: string;
  state: string;
  points: number;
  text: string;
}

/**
 * Opens /dashboard of a gateway in an offline page, signs in with a staff token and waits until every
 * panel answered; answers the page, its charts and the problems met so far.
 */
export async function openDashboard(browser: Browser, origin: string, token: string) {
  const { page, problems } = await offlinePage(browser, [origin]);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${origin}/dashboard`);
  await page.fill('#sign-in textarea', token);
  await page.click('#sign-in button[type=submit]');
  await page.waitForFunction(DASHBOARD_LOADED, undefined, { timeout: 60_000 });
  const charts: DrawnChart[] = await page.$$eval('[data-chart]', (els: any[]) =>
    els.map((el) => ({ id: el.dataset.chart, state: el.dataset.state, points: Number(el.dataset.points), text: el.textContent })),
  );
  return { page, charts, problems: problems as PageProblems };
}

/** How much of each chart's canvas is painted (pixels with any ink), in page order. */
export function paintedPixels(page: Awaited<ReturnType<typeof openDashboard>>['page']): Promise<number[]> {
  return page.$$eval('[data-chart] canvas', (canvases: any[]) =>
    canvases.map((canvas: any) => {
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
      return inked;
    }),
  );
}

/** The charts that are not drawn with data (empty when every chart has some): for one readable assertion. */
export const chartsWithoutData = (charts: DrawnChart[]) =>
  charts.filter((c) => c.state !== 'ready' || !(c.points > 0)).map((c) => ({ id: c.id, state: c.state, points: c.points, text: c.state === 'ready' ? '' : c.text }));
