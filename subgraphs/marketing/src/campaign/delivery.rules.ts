import type { CustomerFacts } from '../facts/facts.types';
import { consentKey } from '../facts/facts.types';
import { quietUntil, type ContactPolicy } from './campaign.rules';

export type SendStatusCode = 'SENT' | 'SUPPRESSED' | 'DEFERRED' | 'HOLDOUT' | 'FAILED';
export type SendReasonCode = 'PERSONALISATION_OFF' | 'NO_CONSENT' | 'FREQUENCY_CAP' | 'QUIET_HOURS' | 'COUPON_UNAVAILABLE' | 'CHANNEL_ERROR' | 'BUDGET_SPENT' | 'OUTSIDE_WINDOW';

/**
 * Whether a customer may be sent a campaign at all (before any variant is assigned): a personalised
 * campaign leaves out customers who turned personalisation off (PIPL Art. 24), and the channel needs
 * MARKETING consent. Answers the reason to suppress, or null.
 */
export function audienceRefusal(c: { personalised: boolean; channel: string }, facts: CustomerFacts | null): SendReasonCode | null {
  if (c.personalised && facts && !facts.personalised) return 'PERSONALISATION_OFF';
  if (!facts?.consents.includes(consentKey(c.channel))) return 'NO_CONSENT';
  return null;
}

/** What the channel's contact policy says now: send, suppress over the cap, or defer to the end of the quiet hours. */
export type ContactDecision = { go: true } | { go: false; reason: 'FREQUENCY_CAP' } | { go: false; reason: 'QUIET_HOURS'; until: Date };

/** The cap first (messages already sent within the window), then the quiet hours (Asia/Shanghai). */
export function contactDecision(policy: ContactPolicy, sentInWindow: number, now: Date): ContactDecision {
  if (sentInWindow >= policy.maxPerWindow) return { go: false, reason: 'FREQUENCY_CAP' };
  const until = quietUntil(policy, now);
  return until ? { go: false, reason: 'QUIET_HOURS', until } : { go: true };
}

/** The start of a channel's cap window ending now. */
export const capWindowStart = (policy: Pick<ContactPolicy, 'windowHours'>, now: Date) => new Date(now.getTime() - policy.windowHours * 3_600_000);
