import { num, str } from '@member-graph/common/config';
import { ConfigError, readEnv } from '@member-graph/common/config';
import type { EscalationRule } from './escalation/escalation.settings';
import { DEFAULT_SETTINGS, validateSettings, type ServiceSettings } from './settings';

/**
 * The domain's settings: the defaults (settings.ts, composed from each domain's defaults), overridden by `SERVICE_*` environment variables (numbers)
 * and `SERVICE_SLA_JSON` / `SERVICE_ESCALATION_RULES_JSON` / `SERVICE_AUTO_APPROVAL_JSON` (whole
 * tables), validated and frozen.
 */

export function readServiceSettings(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServiceSettings> = {}): Readonly<ServiceSettings> {
  const d = DEFAULT_SETTINGS;
  const raw = readEnv(
    {
      SERVICE_REOPEN_WINDOW_DAYS: num({ default: d.reopenWindowDays }),
      SERVICE_RETURN_WINDOW_DAYS: num({ default: d.returns.windowDays }),
      SERVICE_SLA_EVERY_MS: num({ default: d.jobs.slaEveryMs }),
      SERVICE_SLA_JSON: str({ default: '' }),
      SERVICE_ESCALATION_RULES_JSON: str({ default: '' }),
      SERVICE_AUTO_APPROVAL_JSON: str({ default: '' }),
      SERVICE_ROUTING_VIP_TIERS: str({ default: d.routing.vipTiers.join(',') }),
      SERVICE_CARE_COMPLAINTS: num({ default: d.care.complaints }),
      SERVICE_CARE_WINDOW_HOURS: num({ default: d.care.windowHours }),
      SERVICE_CARE_BUYERS_DAYS: num({ default: d.care.buyersDays }),
      SERVICE_CARE_EVERY_MS: num({ default: d.care.everyMs }),
    },
    env,
  );
  const settings: ServiceSettings = {
    ...d,
    sla: raw.SERVICE_SLA_JSON ? parseJson<ServiceSettings['sla']>('SERVICE_SLA_JSON', raw.SERVICE_SLA_JSON) : d.sla,
    escalation: raw.SERVICE_ESCALATION_RULES_JSON ? parseJson<EscalationRule[]>('SERVICE_ESCALATION_RULES_JSON', raw.SERVICE_ESCALATION_RULES_JSON) : d.escalation,
    reopenWindowDays: raw.SERVICE_REOPEN_WINDOW_DAYS,
    returns: {
      windowDays: raw.SERVICE_RETURN_WINDOW_DAYS,
      autoApproval: raw.SERVICE_AUTO_APPROVAL_JSON
        ? parseJson<ServiceSettings['returns']['autoApproval']>('SERVICE_AUTO_APPROVAL_JSON', raw.SERVICE_AUTO_APPROVAL_JSON)
        : d.returns.autoApproval,
    },
    routing: { vipTiers: raw.SERVICE_ROUTING_VIP_TIERS.split(',').map((t) => t.trim()).filter(Boolean) },
    care: { complaints: raw.SERVICE_CARE_COMPLAINTS, windowHours: raw.SERVICE_CARE_WINDOW_HOURS, buyersDays: raw.SERVICE_CARE_BUYERS_DAYS, everyMs: raw.SERVICE_CARE_EVERY_MS },
    jobs: { ...d.jobs, slaEveryMs: raw.SERVICE_SLA_EVERY_MS },
    ...overrides,
  };
  return Object.freeze(validateSettings(settings));
}

function parseJson<T>(name: string, json: string): T {
  try {
    return JSON.parse(json) as T;
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${name} must be JSON (${(error as Error).message})`);
  }
}
