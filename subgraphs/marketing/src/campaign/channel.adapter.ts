import type { EntityManager } from 'typeorm';
import type { MessageChannelCode } from './channel.settings';

/** One message for one customer, as handed to a channel. */
export interface OutboundMessage {
  messageId: string;
  campaignId: string;
  customerId: string;
  channel: MessageChannelCode;
  variant: string;
  title: string | null;
  body: string;
  couponId: string | null;
  at: Date;
}

/**
 * A channel behind one interface: SMS, PUSH, WECHAT (template message) and EMAIL all take the same
 * message. `send` runs inside the delivery's transaction; an adapter that talks to a real provider
 * should write its own dispatch row here and call the provider after commit (so a rollback never
 * sends), and throw to refuse a message (the decision is logged as FAILED).
 */
export interface ChannelAdapter {
  readonly provider: string;
  send(tx: EntityManager, message: OutboundMessage): Promise<void>;
}

/** The shipped adapter: records the message in marketing.messages, next to the send log. */
export class RecordingChannelAdapter implements ChannelAdapter {
  readonly provider = 'send-log';

  async send(tx: EntityManager, m: OutboundMessage): Promise<void> {
    await tx.query(
      `insert into marketing.messages (id, campaign_id, customer_id, channel, variant, title, body, coupon_id, provider, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [m.messageId, m.campaignId, m.customerId, m.channel, m.variant, m.title, m.body, m.couponId, this.provider, m.at],
    );
  }
}

export type ChannelAdapters = Record<MessageChannelCode, ChannelAdapter>;

/** One adapter per channel: the recording adapter unless a real provider is plugged in. */
export function channelAdapters(overrides: Partial<ChannelAdapters> = {}): ChannelAdapters {
  const recording = new RecordingChannelAdapter();
  return { SMS: recording, PUSH: recording, WECHAT: recording, EMAIL: recording, ...overrides };
}
