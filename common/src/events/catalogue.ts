/**
 * The catalogue of every event type and its payload: the one source of truth for producers and
 * consumers. Money is in integer cents (CNY fen); times are ISO-8601 strings.
 */
import type { CustomerEvents } from './catalogue.customer';
import type { LoyaltyEvents } from './catalogue.loyalty';
import type { MarketingEvents } from './catalogue.marketing';
import type { ServiceEvents } from './catalogue.service';

export type { OrderLinePayload, ReturnLinePayload, SalesChannel } from './catalogue.shared';

/** Every event type, by owning domain (one file each), and its payload. */
export interface EventCatalogue extends CustomerEvents, LoyaltyEvents, ServiceEvents, MarketingEvents {
  /** Test-only and diagnostic events (the platform's own tests use them). */
  'platform.ping': { note: string };
}
