import { REPLAY_BATCH } from '../bus';
import type { BusEvent, EventType } from '../envelope';
import type { NatsBusConnection } from './connection';

/**
 * Reads the event stream from its first retained event up to the last one it held when the replay
 * began, through an ordered (ephemeral, unacknowledged) consumer, so no durable's position moves.
 * NATS 2.9 allows one filter per consumer: every event comes by and the types are picked here.
 */
export async function replayStream(
  connection: NatsBusConnection,
  types: readonly EventType[],
  onBatch: (events: BusEvent[]) => Promise<void>,
): Promise<void> {
  const { js, jsm, names } = connection;
  const { last_seq: last, messages: held } = (await jsm.streams.info(names.stream)).state;
  // an empty (or fully purged) stream: a consumer would wait for the next event, so there is nothing to read
  if (types.length === 0 || held === 0) return;
  const wanted = new Set<string>(types);
  const consumer = await js.consumers.get(names.stream, { filter_subjects: names.eventsWildcard });
  const messages = await consumer.consume({ max_messages: REPLAY_BATCH });
  let batch: BusEvent[] = [];
  try {
    for await (const m of messages) {
      const event: BusEvent = { ...m.json<BusEvent>(), seq: m.seq };
      if (wanted.has(event.type)) batch.push(event);
      const done = m.seq >= last || m.info.pending === 0;
      if (batch.length >= REPLAY_BATCH || (done && batch.length > 0)) {
        await onBatch(batch);
        batch = [];
      }
      if (done) return;
    }
  } finally {
    await messages.close();
  }
}
