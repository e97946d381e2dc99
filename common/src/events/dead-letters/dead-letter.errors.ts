import { DomainError, badInput } from '../../errors/domain-error';

/** A held event was asked to replay before the parked event of its aggregate ahead of it. */
export const parkedEventHeld = (blockerId: string) =>
  new DomainError('PARKED_EVENT_HELD', `Replay parked event ${blockerId} of the same aggregate first`, { blockerId });

/** The subgraph's consumers are not running (a replay needs the bus and the handlers). */
export const consumersNotRunning = () => new DomainError('SERVICE_UNAVAILABLE', 'The consumers of this subgraph are not running');

export const badParkedCursor = () => badInput('after is not a valid cursor', { field: 'after' });
