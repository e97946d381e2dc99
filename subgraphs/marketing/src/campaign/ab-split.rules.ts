/* A campaign's A/B split and its report: arms, the exact weighted pick, ROI per arm and per campaign. */

/** An arm of a campaign's A/B split: a variant, or the holdout that receives nothing. */
export interface Arm {
  code: string;
  /** Integer share (variants: (100 − holdout%) × weight; holdout: holdout% × Σweights). */
  weight: number;
  assigned: number;
}

export const HOLDOUT = 'HOLDOUT';

/** The integer arm weights of variants (relative weights) and a holdout percentage. */
export function armWeights(variants: { code: string; weight: number }[], holdoutPercent: number): { code: string; weight: number }[] {
  const total = variants.reduce((s, v) => s + v.weight, 0);
  const arms = variants.map((v) => ({ code: v.code, weight: (100 - holdoutPercent) * v.weight }));
  return holdoutPercent > 0 ? [...arms, { code: HOLDOUT, weight: holdoutPercent * total }] : arms;
}

/**
 * Picks the arm for the next customer so that the split follows the weights exactly at every
 * point (largest deficit first: weight × (assigned so far + 1) − assigned × Σweights; ties go to
 * the earlier arm). 40/40 with a 20% holdout over 10 customers gives exactly 4, 4 and 2.
 */
export function pickArm(arms: Arm[]): string {
  const sum = arms.reduce((s, a) => s + a.weight, 0);
  const total = arms.reduce((s, a) => s + a.assigned, 0);
  let best: Arm | null = null;
  let bestDeficit = -Infinity;
  for (const a of arms) {
    if (a.weight <= 0) continue;
    const deficit = a.weight * (total + 1) - a.assigned * sum;
    if (deficit > bestDeficit) {
      best = a;
      bestDeficit = deficit;
    }
  }
  if (!best) throw new Error('a campaign needs an arm with a positive weight');
  return best.code;
}

/** Sends (or holdout members), conversions and attributed revenue of one arm. */
export interface ArmStats {
  code: string;
  audience: number;
  conversions: number;
  revenueCents: number;
}

/** One row of a campaign's report. */
export interface ArmReport extends ArmStats {
  holdout: boolean;
  /** Revenue above what the holdout's revenue per member predicts for this audience (null without a holdout). */
  incrementalRevenueCents: number | null;
  costCents: number;
  /** (incremental revenue − cost) / cost; null without a holdout or without cost. */
  roi: number | null;
}

/**
 * The A/B report: per variant, incremental revenue = revenue − audience × (holdout revenue ÷
 * holdout members), cost = sends × cost per message, ROI = (incremental − cost) / cost.
 */
export function campaignReport(arms: ArmStats[], costPerMessageCents: number): ArmReport[] {
  const holdout = arms.find((a) => a.code === HOLDOUT);
  const baseline = holdout && holdout.audience > 0 ? holdout.revenueCents / holdout.audience : null;
  return arms.map((a) => {
    if (a.code === HOLDOUT) return { ...a, holdout: true, incrementalRevenueCents: null, costCents: 0, roi: null };
    const incremental = baseline === null ? null : Math.round(a.revenueCents - a.audience * baseline);
    const cost = a.audience * costPerMessageCents;
    return { ...a, holdout: false, incrementalRevenueCents: incremental, costCents: cost, roi: incremental === null || cost === 0 ? null : (incremental - cost) / cost };
  });
}

/** One campaign's results over its arms (the holdout's members are counted apart, its orders are not the campaign's). */
export interface CampaignTotals {
  sent: number;
  heldOut: number;
  conversions: number;
  revenueCents: number;
  /** Sum of the variants' incremental revenue (null without a holdout to compare with). */
  incrementalRevenueCents: number | null;
  costCents: number;
  /** (incremental revenue − cost) / cost, as in the A/B report; null without a holdout or without cost. */
  roi: number | null;
  /** (attributed revenue − cost) / cost; null without cost. */
  attributedRoi: number | null;
}

/** Adds up a campaign's A/B report (`campaignReport`) into one row, so the ROI across campaigns means what the per-variant ROI means. */
export function campaignTotals(arms: ArmStats[], costPerMessageCents: number): CampaignTotals {
  const report = campaignReport(arms, costPerMessageCents);
  const variants = report.filter((a) => !a.holdout);
  const sum = (f: (a: ArmReport) => number) => variants.reduce((s, a) => s + f(a), 0);
  const revenueCents = sum((a) => a.revenueCents);
  const costCents = sum((a) => a.costCents);
  const incremental = variants.length > 0 && variants.every((a) => a.incrementalRevenueCents !== null) ? sum((a) => a.incrementalRevenueCents!) : null;
  return {
    sent: sum((a) => a.audience),
    heldOut: report.find((a) => a.holdout)?.audience ?? 0,
    conversions: sum((a) => a.conversions),
    revenueCents,
    incrementalRevenueCents: incremental,
    costCents,
    roi: incremental === null || costCents === 0 ? null : (incremental - costCents) / costCents,
    attributedRoi: costCents === 0 ? null : (revenueCents - costCents) / costCents,
  };
}
