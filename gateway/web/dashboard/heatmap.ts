/** One row of the retention heat map. */
export interface HeatRow {
  label: string;
  size: number;
  percents: number[];
}

/** The background of a retention cell: deeper blue for a higher share (0–100). */
const shade = (percent: number) => `hsl(217, 70%, ${Math.round(96 - percent * 0.5)}%)`;

/** Renders the cohort × months-since matrix as a table; returns the number of cells with a value. */
export function heatmap(host: HTMLElement, rows: HeatRow[]): number {
  const width = Math.max(0, ...rows.map((r) => r.percents.length));
  const table = document.createElement('table');
  table.className = 'heatmap';
  const head = table.createTHead().insertRow();
  for (const text of ['Cohort', 'Customers', ...Array.from({ length: width }, (_, k) => `M${k}`)]) {
    const th = document.createElement('th');
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  let cells = 0;
  for (const row of rows) {
    const tr = body.insertRow();
    for (const text of [row.label, String(row.size)]) tr.insertCell().textContent = text;
    for (let k = 0; k < width; k++) {
      const td = tr.insertCell();
      const value = row.percents[k];
      if (value === undefined) {
        td.className = 'empty';
        continue;
      }
      td.textContent = `${value}%`;
      td.style.background = shade(value);
      td.style.color = value > 60 ? '#fff' : '#1d2433';
      cells++;
    }
  }
  const wrap = document.createElement('div');
  wrap.className = 'heatmap-wrap';
  wrap.append(table);
  host.replaceChildren(wrap);
  return cells;
}
