/** The channels campaign messages go out on. */
export const MESSAGE_CHANNELS = ['SMS', 'PUSH', 'WECHAT', 'EMAIL'] as const;
export type MessageChannelCode = (typeof MESSAGE_CHANNELS)[number];

/** How often and when a customer may be contacted on one channel (defaults; marketers change them with setChannelPolicy). */
export interface ChannelPolicyDefaults {
  /** At most this many messages per customer on this channel within `windowHours`. */
  maxPerWindow: number;
  windowHours: number;
  /** Quiet hours in Asia/Shanghai time as HH:MM (start inclusive, end exclusive; may wrap midnight); null for none. */
  quietStart: string | null;
  quietEnd: string | null;
}

const quiet = (maxPerWindow: number): ChannelPolicyDefaults => ({ maxPerWindow, windowHours: 24, quietStart: '21:00', quietEnd: '09:00' });

export const DEFAULT_CHANNELS: Record<MessageChannelCode, ChannelPolicyDefaults> = {
  SMS: quiet(2),
  PUSH: quiet(3),
  WECHAT: quiet(2),
  EMAIL: { maxPerWindow: 3, windowHours: 24, quietStart: null, quietEnd: null },
};

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The problems of the channel policies (empty when valid). */
export function channelProblems(channels: Record<string, ChannelPolicyDefaults>): string[] {
  const problems: string[] = [];
  for (const [channel, p] of Object.entries(channels)) {
    if (!Number.isInteger(p.maxPerWindow) || p.maxPerWindow < 0) problems.push(`${channel}.maxPerWindow must be an integer >= 0`);
    if (!Number.isInteger(p.windowHours) || p.windowHours < 1) problems.push(`${channel}.windowHours must be a positive integer`);
    if ((p.quietStart === null) !== (p.quietEnd === null)) problems.push(`${channel} quiet hours need both a start and an end`);
    for (const t of [p.quietStart, p.quietEnd]) if (t !== null && !HHMM.test(t)) problems.push(`${channel} quiet hours must be HH:MM, got ${t}`);
  }
  return problems;
}
