import type { BadgeDefinition, BadgeMetric } from './badge.definitions';

/** The badges a metric value qualifies for (awarding is once per badge; the store ignores repeats). */
export function badgesEarned(definitions: readonly BadgeDefinition[], metric: BadgeMetric, value: number): BadgeDefinition[] {
  return definitions.filter((d) => d.metric === metric && value >= d.threshold);
}
