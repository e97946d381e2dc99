import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", sans-serif';
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;

/** A fixed palette (colour-blind friendly order), reused cyclically. */
export const PALETTE = ['#3b6fd8', '#e0823d', '#3aa57a', '#c2455b', '#8a63c9', '#c9a227', '#4aa8c4', '#7a8596', '#d46fb1', '#5c8a3a'];
export const colour = (i: number) => PALETTE[i % PALETTE.length];

/** One named series of numbers over the labels. */
export interface Series {
  label: string;
  data: (number | null)[];
}

/** Draws a chart into a fresh canvas of `host` (replacing what was there). */
function draw(host: HTMLElement, config: ChartConfiguration): Chart {
  host.replaceChildren();
  const canvas = document.createElement('canvas');
  host.append(canvas);
  return new Chart(canvas, config);
}

/** Bars per label, one colour per series; stacked when asked. */
export function barChart(host: HTMLElement, labels: string[], series: Series[], options: { stacked?: boolean; yTitle?: string } = {}): Chart {
  const stacked = options.stacked ?? false;
  return draw(host, {
    type: 'bar',
    data: { labels, datasets: series.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: colour(i) })) },
    options: {
      scales: { x: { stacked }, y: { stacked, beginAtZero: true, title: { display: !!options.yTitle, text: options.yTitle ?? '' } } },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  });
}

/** Lines over the labels; series with `axis: 'right'` use a second axis (e.g. a rate beside counts). */
export function lineChart(host: HTMLElement, labels: string[], series: (Series & { axis?: 'left' | 'right' })[], titles: { left: string; right?: string }): Chart {
  return draw(host, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s, i) => ({ label: s.label, data: s.data, borderColor: colour(i), backgroundColor: colour(i), yAxisID: s.axis === 'right' ? 'right' : 'left', spanGaps: true })),
    },
    options: {
      scales: {
        left: { position: 'left', beginAtZero: true, title: { display: true, text: titles.left } },
        right: { position: 'right', beginAtZero: true, display: !!titles.right, grid: { drawOnChartArea: false }, title: { display: !!titles.right, text: titles.right ?? '' } },
      },
      plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
    },
  });
}

/** A doughnut of shares. */
export function doughnutChart(host: HTMLElement, labels: string[], values: number[]): Chart {
  return draw(host, {
    type: 'doughnut',
    data: { labels, datasets: [{ data: values, backgroundColor: labels.map((_, i) => colour(i)) }] },
    options: { plugins: { legend: { position: 'right' } } },
  });
}
