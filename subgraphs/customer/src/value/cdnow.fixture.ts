import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCdnowLine } from '../import/cdnow.parser';
import { summarise, type CustomerSummary, type Purchase } from './summary';

/**
 * The shared CDNOW data (see its README for the published values the tests reproduce): shared/ beside
 * the repository, as for the import test; CDNOW_DIR overrides it (e.g. in a worktree elsewhere).
 */
export const CDNOW_DIR = process.env.CDNOW_DIR ?? path.join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'cdnow');
/** The paper's calibration end: 39 weeks after 1997-01-01. */
export const CDNOW_CALIBRATION_END = '1997-09-30';

/** Per-customer summaries computed straight from CDNOW_sample.txt (dollars), keyed by the sample customer id (1..2357, the ID of the published summary). */
export function cdnowSummaries(): Map<string, CustomerSummary> {
  const purchases = new Map<string, Purchase[]>();
  for (const raw of readFileSync(path.join(CDNOW_DIR, 'CDNOW_sample.txt'), 'utf8').split(/\r?\n/)) {
    if (!raw.trim()) continue;
    const line = parseCdnowLine(raw);
    const day = `${line.date.slice(0, 4)}-${line.date.slice(4, 6)}-${line.date.slice(6, 8)}`;
    const sampleId = String(Number(raw.trim().split(/\s+/)[1]));
    const list = purchases.get(sampleId) ?? [];
    list.push({ day, value: line.amountCents / 100 });
    purchases.set(sampleId, list);
  }
  const summaries = new Map<string, CustomerSummary>();
  for (const [id, list] of purchases) {
    const s = summarise(list, CDNOW_CALIBRATION_END);
    if (s) summaries.set(id, s);
  }
  return summaries;
}
