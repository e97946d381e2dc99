import type { EntityManager } from 'typeorm';
import type { ConsumerSpec, EventBus, EventConsumer } from '../bus';
import type { BusEvent, EventEnvelope, EventType } from '../envelope';
import type { NatsBusConnection } from './connection';
import { JetStreamConsumer } from './consumer';
import { replayStream } from './replay';

/**
 * The bus on NATS JetStream: one stream `<prefix>_events`, one subject per event type. Each envelope is
 * published with its event id as `Nats-Msg-Id`, so a relay that republishes a row (it crashed after the
 * ack, before marking the row) is absorbed by the stream's duplicate window, and by the consumers'
 * processed-event rows beyond it.
 */
export class NatsBus implements EventBus {
  constructor(private readonly connection: NatsBusConnection) {}

  /** Publishes one at a time, each acknowledged by the stream before the next: stream order is id order. */
  async append(_manager: EntityManager, source: string, events: EventEnvelope[]): Promise<void> {
    const { js, names } = this.connection;
    for (const event of events) {
      await js.publish(names.eventSubject(event.type), JSON.stringify({ ...event, source }), {
        msgID: event.id,
        expect: { streamName: names.stream },
      });
    }
  }

  /** The stored message at the event's stream sequence (within the stream's retention), when it is that event. */
  async fetch(_manager: EntityManager, ref: { id: string; seq: number }): Promise<BusEvent | null> {
    const { jsm, names } = this.connection;
    const stored = await jsm.streams.getMessage(names.stream, { seq: ref.seq }).catch(() => null);
    const event = stored ? { ...stored.json<BusEvent>(), seq: ref.seq } : null;
    return event?.id === ref.id ? event : null;
  }

  consumer(spec: ConsumerSpec): EventConsumer {
    return new JetStreamConsumer(this.connection, spec);
  }

  /** The stream as it stands (see `replayStream`); the manager is unused, the log is not in the database. */
  replay(_manager: EntityManager, types: readonly EventType[], onBatch: (events: BusEvent[]) => Promise<void>): Promise<void> {
    return replayStream(this.connection, types, onBatch);
  }
}
