import { ConfigError } from '@member-graph/common/config';
import { DEFAULT_ESCALATION, escalationProblems, type EscalationRule } from './escalation/escalation.settings';
import { DEFAULT_RETURNS, returnProblems, type ReturnSettings } from './return/return.settings';
import { DEFAULT_SURVEYS, type SurveySettings } from './satisfaction/survey.settings';
import { DEFAULT_SLA, slaProblems, type SlaSettings } from './sla/sla.settings';
import { careProblems, DEFAULT_CARE, type CareSettings } from './care/care.settings';
import { DEFAULT_ROUTING, routingProblems, type RoutingSettings } from './routing/routing.settings';

/** Every tunable of the service domain, each part defined (type, defaults, checks) in its domain folder. */
export interface ServiceSettings {
  /** Loyalty tier codes, lowest first (a customer without a known tier is at the first). */
  tiers: string[];
  sla: SlaSettings;
  escalation: EscalationRule[];
  /** A resolved or closed ticket may be reopened within this many days of its resolution. */
  reopenWindowDays: number;
  returns: ReturnSettings;
  surveys: SurveySettings;
  routing: RoutingSettings;
  care: CareSettings;
  jobs: { slaEveryMs: number; batchSize: number };
}

export const DEFAULT_SETTINGS: ServiceSettings = {
  tiers: ['MEMBER', 'SILVER', 'GOLD', 'DIAMOND'],
  sla: DEFAULT_SLA,
  escalation: DEFAULT_ESCALATION,
  reopenWindowDays: 7,
  returns: DEFAULT_RETURNS,
  surveys: DEFAULT_SURVEYS,
  routing: DEFAULT_ROUTING,
  care: DEFAULT_CARE,
  jobs: { slaEveryMs: 60_000, batchSize: 200 },
};

/** Checks a settings object; throws with every problem named. */
export function validateSettings(s: ServiceSettings): ServiceSettings {
  const problems: string[] = [];
  if (s.tiers.length === 0) problems.push('tiers must not be empty');
  problems.push(...slaProblems(s.sla, s.tiers), ...escalationProblems(s.escalation, s.tiers));
  if (!(Number.isInteger(s.reopenWindowDays) && s.reopenWindowDays >= 0)) problems.push('reopenWindowDays must be an integer >= 0');
  problems.push(...returnProblems(s.returns), ...routingProblems(s.routing, s.tiers), ...careProblems(s.care));
  if (problems.length) throw new ConfigError(`Invalid service settings:\n  ${problems.join('\n  ')}`);
  return s;
}
