import { barChart, doughnutChart, lineChart } from './charts';
import { heatmap } from './heatmap';

/** The filters every panel reads. */
export interface Filters {
  from: string;
  to: string;
  /** A sales channel (orders), or null for all. */
  channel: string | null;
  /** A campaign message channel, or null for all. */
  campaignChannel: string | null;
}

/** One dashboard panel: its operation, the variables it takes from the filters, and how it draws; `render` returns the data points drawn. */
export interface Panel<T = any> {
  id: string;
  title: string;
  note: string;
  query: string;
  variables(f: Filters): Record<string, unknown>;
  render(host: HTMLElement, data: T): number;
}

const month = (day: string) => day.slice(0, 7);
const nonZero = (values: (number | null)[]) => values.filter((v) => v !== null && v !== 0).length;
const money = (value: string | null) => (value === null ? null : Number(value));

/** Sums rows' counts per (x, stack) pair: the data of a stacked bar chart. */
function stacked<R>(rows: R[], x: (r: R) => string, stack: (r: R) => string, value: (r: R) => number) {
  const labels = [...new Set(rows.map(x))];
  const stacks = [...new Set(rows.map(stack))];
  const series = stacks.map((s) => ({
    label: s,
    data: labels.map((l) => rows.filter((r) => x(r) === l && stack(r) === s).reduce((sum, r) => sum + value(r), 0)),
  }));
  return { labels, series };
}

interface TierMixData { tierMixByMonth: { month: string; tiers: { tier: string; customers: number }[] }[] }
const tierMix: Panel<TierMixData> = {
  id: 'tier-mix',
  title: 'Tier mix',
  note: 'Members per tier at each month end (loyalty); MEMBER = no tier event.',
  query: `query TierMix($from: LocalDate!, $to: LocalDate!) { tierMixByMonth(from: $from, to: $to) { month tiers { tier customers } } }`,
  variables: (f) => ({ from: f.from, to: f.to }),
  render(host, data) {
    const months = data.tierMixByMonth;
    const tiers = months[0]?.tiers.map((t) => t.tier) ?? [];
    const series = tiers.map((tier) => ({ label: tier, data: months.map((m) => m.tiers.find((t) => t.tier === tier)?.customers ?? 0) }));
    barChart(host, months.map((m) => month(m.month)), series, { stacked: true, yTitle: 'members' });
    return nonZero(series.flatMap((s) => s.data));
  },
};

interface RepurchaseData { repurchaseRate: { month: string; buyers: number; repeatBuyers: number; ratePercent: number | null }[] }
const repurchase: Panel<RepurchaseData> = {
  id: 'repurchase',
  title: 'Repurchase trend',
  note: 'Buyers per month and the share who had bought before (customer; sales-channel filter).',
  query: `query Repurchase($from: LocalDate!, $to: LocalDate!, $channel: Channel) {
    repurchaseRate(from: $from, to: $to, channel: $channel) { month buyers repeatBuyers ratePercent } }`,
  variables: (f) => ({ from: f.from, to: f.to, channel: f.channel }),
  render(host, data) {
    const rows = data.repurchaseRate;
    lineChart(
      host,
      rows.map((r) => month(r.month)),
      [
        { label: 'buyers', data: rows.map((r) => r.buyers) },
        { label: 'repeat buyers', data: rows.map((r) => r.repeatBuyers) },
        { label: 'repurchase rate %', data: rows.map((r) => r.ratePercent), axis: 'right' },
      ],
      { left: 'customers', right: '%' },
    );
    return rows.filter((r) => r.buyers > 0).length;
  },
};

interface CohortData { cohortRetention: { month: string; customers: number; retainedPercent: number[] }[] }
const cohorts: Panel<CohortData> = {
  id: 'cohorts',
  title: 'Cohort retention',
  note: 'First-purchase month × months since: share of the cohort buying again (customer; sales-channel filter).',
  query: `query Cohorts($from: LocalDate!, $to: LocalDate!, $channel: Channel) {
    cohortRetention(from: $from, to: $to, channel: $channel) { month customers retainedPercent } }`,
  variables: (f) => ({ from: f.from, to: f.to, channel: f.channel }),
  render: (host, data) => heatmap(host, data.cohortRetention.map((c) => ({ label: month(c.month), size: c.customers, percents: c.retainedPercent }))),
};

interface ClvData { clvDistribution: { name: string; customers: number; scoredCustomers: number; averageClv: string | null }[] }
const clv: Panel<ClvData> = {
  id: 'clv',
  title: 'CLV by segment',
  note: 'Average predicted 365-day CLV (CNY) of each saved segment\'s scored customers (marketing).',
  query: `query Clv { clvDistribution(by: SEGMENT) { name customers scoredCustomers averageClv } }`,
  variables: () => ({}),
  render(host, data) {
    const groups = data.clvDistribution;
    const values = groups.map((g) => money(g.averageClv));
    barChart(host, groups.map((g) => `${g.name} (${g.scoredCustomers}/${g.customers})`), [{ label: 'average CLV (CNY)', data: values }]);
    return nonZero(values);
  },
};

interface RoiData { campaignRoi: { name: string; sent: number; revenue: string; cost: string; attributedRoi: number | null }[] }
const roi: Panel<RoiData> = {
  id: 'campaign-roi',
  title: 'Campaign ROI',
  note: 'Attributed revenue and cost per campaign, ROI in the label (marketing; campaign-channel filter).',
  query: `query CampaignRoi($from: LocalDate!, $to: LocalDate!, $channel: String) {
    campaignRoi(from: $from, to: $to, channel: $channel) { name sent revenue cost attributedRoi } }`,
  variables: (f) => ({ from: f.from, to: f.to, channel: f.campaignChannel }),
  render(host, data) {
    const rows = data.campaignRoi;
    const labels = rows.map((r) => `${r.name} (ROI ${r.attributedRoi === null ? '–' : r.attributedRoi.toFixed(2)})`);
    const series = [
      { label: 'revenue (CNY)', data: rows.map((r) => Number(r.revenue)) },
      { label: 'cost (CNY)', data: rows.map((r) => Number(r.cost)) },
    ];
    barChart(host, labels, series);
    return rows.filter((r) => r.sent > 0 || Number(r.revenue) > 0).length;
  },
};

interface FeedbackRow { productCategory: string | null; reason: string; count: number }
/** A stacked bar of feedback reasons per product category over the range. */
const feedback = (id: string, field: 'complaintReasons' | 'returnReasons', title: string, note: string): Panel<Record<string, FeedbackRow[]>> => ({
  id,
  title,
  note,
  query: `query ${field[0].toUpperCase()}${field.slice(1)}($from: LocalDate!, $to: LocalDate!) {
    ${field}(from: $from, to: $to, period: MONTH, by: CATEGORY, top: 10) { productCategory reason count } }`,
  variables: (f) => ({ from: f.from, to: f.to }),
  render(host, data) {
    const rows = data[field];
    const chart = stacked(rows, (r) => r.productCategory ?? '(no order)', (r) => r.reason, (r) => r.count);
    barChart(host, chart.labels, chart.series, { stacked: true, yTitle: 'count' });
    return rows.length;
  },
});

interface SlaData { slaBreaches: { periodStart: string; ticketsOpened: number; firstResponseBreaches: number; resolutionBreaches: number }[] }
const sla: Panel<SlaData> = {
  id: 'sla',
  title: 'SLA breaches',
  note: 'First-response and resolution targets missed per month, beside tickets opened (service).',
  query: `query Sla($from: LocalDate!, $to: LocalDate!) { slaBreaches(from: $from, to: $to, period: MONTH) { periodStart ticketsOpened firstResponseBreaches resolutionBreaches } }`,
  variables: (f) => ({ from: f.from, to: f.to }),
  render(host, data) {
    const rows = data.slaBreaches;
    const series = [
      { label: 'tickets opened', data: rows.map((r) => r.ticketsOpened) },
      { label: 'first-response breaches', data: rows.map((r) => r.firstResponseBreaches) },
      { label: 'resolution breaches', data: rows.map((r) => r.resolutionBreaches) },
    ];
    barChart(host, rows.map((r) => month(r.periodStart)), series);
    // tickets with no breach yet are data too (a fresh demo's tickets have not passed their targets)
    return nonZero(series.flatMap((s) => s.data));
  },
};

interface TierNowData { tierMix: { tier: string; customers: number }[] }
const tierNow: Panel<TierNowData> = {
  id: 'tier-now',
  title: 'Tier mix now',
  note: 'Members per tier today (loyalty).',
  query: `query TierNow { tierMix { tier customers } }`,
  variables: () => ({}),
  render(host, data) {
    doughnutChart(host, data.tierMix.map((t) => t.tier), data.tierMix.map((t) => t.customers));
    return nonZero(data.tierMix.map((t) => t.customers));
  },
};

/** Every panel, in page order. */
export const PANELS: Panel[] = [
  tierNow,
  tierMix,
  repurchase,
  cohorts,
  clv,
  roi,
  feedback('complaints', 'complaintReasons', 'Complaint reasons by product category', 'Complaint categories per product category of the order named (service).'),
  feedback('returns', 'returnReasons', 'Return reasons by product category', 'Reasons customers gave per product category of the returned lines (service).'),
  sla,
];
