import { sqlMigration } from '@member-graph/common/db';

/** Trackers retry batches on flaky networks: an event's own id (from the device) is recorded once. */
export const BehaviourClientIds = sqlMigration('BehaviourClientIds', 1763900006000, [
  `alter table customer.behaviour_events add column client_event_id text`,
  `create unique index behaviour_events_client_event on customer.behaviour_events (client_event_id) where client_event_id is not null`,
]);
