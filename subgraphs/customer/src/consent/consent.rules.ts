import { CONSENT_PAIRS, type ConsentChannel, type ConsentPurpose, type ConsentSource } from './consent.enums';

/** A stored consent state of one pair. */
export interface ConsentState {
  channel: string;
  purpose: string;
  granted: boolean;
  source: string;
  at: Date;
}

/** The state of one pair as shown: never given = not granted, no source, no time. */
export interface ConsentView {
  channel: ConsentChannel;
  purpose: ConsentPurpose;
  granted: boolean;
  source: ConsentSource | null;
  at: Date | null;
}

const key = (s: { channel: string; purpose: string }) => `${s.channel}:${s.purpose}`;

/** All 8 channel × purpose pairs in display order, filled from the stored states. */
export function completeConsents(states: readonly ConsentState[]): ConsentView[] {
  const byPair = new Map(states.map((s) => [key(s), s]));
  return CONSENT_PAIRS.map(({ channel, purpose }) => {
    const s = byPair.get(`${channel}:${purpose}`);
    return s
      ? { channel, purpose, granted: s.granted, source: s.source as ConsentSource, at: s.at }
      : { channel, purpose, granted: false, source: null, at: null };
  });
}

/** A decision changes anything only when it flips the granted state (never given counts as withdrawn). */
export const isConsentChange = (current: { granted: boolean } | null | undefined, granted: boolean) => (current?.granted ?? false) !== granted;

/**
 * Merging two customers' consents keeps the most recent decision per pair. Returns the merged
 * customer's states the survivor takes over, and those among them that flip the survivor's granted state.
 */
export function mergeConsentStates(survivor: readonly ConsentState[], merged: readonly ConsentState[]) {
  const mine = new Map(survivor.map((s) => [key(s), s]));
  const take = merged.filter((m) => {
    const s = mine.get(key(m));
    return !s || m.at.getTime() > s.at.getTime();
  });
  const flipped = take.filter((m) => isConsentChange(mine.get(key(m)), m.granted));
  return { take, flipped };
}
