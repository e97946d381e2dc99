import type { EntityManager } from 'typeorm';
import { requireRole, type Actor } from '@member-graph/common/auth';
import { badInput } from '@member-graph/common/errors';
import { MESSAGE_CHANNELS, type MessageChannelCode } from './channel.settings';
import { queryRows, type Deps } from '../deps';
import type { ContactPolicy } from './campaign.rules';
import type { SetChannelPolicyInput } from './campaign.inputs';

export type ChannelPolicyRow = ContactPolicy & { channel: MessageChannelCode };

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Frequency caps and quiet hours per channel: the configured defaults until a marketer sets them. */
export class ChannelPolicyService {
  constructor(private readonly deps: Deps) {}

  async all(tx: EntityManager | null = null): Promise<ChannelPolicyRow[]> {
    const rows = await queryRows<ChannelPolicyRow>(
      tx ?? this.deps.dataSource,
      `select channel, max_per_window as "maxPerWindow", window_hours as "windowHours", quiet_start as "quietStart", quiet_end as "quietEnd" from marketing.channel_policies`,
    );
    return MESSAGE_CHANNELS.map((channel) => rows.find((r) => r.channel === channel) ?? { channel, ...this.deps.settings.channels[channel] });
  }

  async get(tx: EntityManager, channel: MessageChannelCode): Promise<ChannelPolicyRow> {
    return (await this.all(tx)).find((p) => p.channel === channel)!;
  }

  list(actor: Actor | null) {
    requireRole(actor, 'marketer', 'admin', 'agent');
    return this.all();
  }

  /** Sets a channel's cap and quiet hours (marketers and admins). */
  async set(actor: Actor | null, input: SetChannelPolicyInput): Promise<ChannelPolicyRow> {
    const a = requireRole(actor, 'marketer', 'admin');
    const problems: string[] = [];
    if (!Number.isInteger(input.maxPerWindow) || input.maxPerWindow < 0 || input.maxPerWindow > 100) problems.push('maxPerWindow must be 0–100');
    if (!Number.isInteger(input.windowHours) || input.windowHours < 1 || input.windowHours > 720) problems.push('windowHours must be 1–720');
    const start = input.quietStart ?? null;
    const end = input.quietEnd ?? null;
    if ((start === null) !== (end === null)) problems.push('give both quietStart and quietEnd, or neither');
    for (const t of [start, end]) if (t !== null && !HHMM.test(t)) problems.push(`quiet hours must be HH:MM, got ${t}`);
    if (problems.length) throw badInput(`The channel policy is invalid: ${problems.join('; ')}`, { field: 'input', problems });
    await this.deps.dataSource.query(
      `insert into marketing.channel_policies (channel, max_per_window, window_hours, quiet_start, quiet_end, updated_by, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (channel) do update set max_per_window = excluded.max_per_window, window_hours = excluded.window_hours,
         quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      [input.channel, input.maxPerWindow, input.windowHours, start, end, a.id, this.deps.clock.now()],
    );
    return { channel: input.channel as MessageChannelCode, maxPerWindow: input.maxPerWindow, windowHours: input.windowHours, quietStart: start, quietEnd: end };
  }
}
