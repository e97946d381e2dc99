import { SpanKind, withSpan } from '@member-graph/common/tracing';
import type { FetchObserver } from '../metrics/subgraph-fetch.metrics';

/** Each subgraph call in its own CLIENT span (`subgraph <name>`), inside the metrics' timing; its traceparent is what the subgraph continues. */
export const tracedFetch =
  (observe: FetchObserver): FetchObserver =>
  (subgraph, fetch) =>
    observe(subgraph, () => withSpan('gateway', `subgraph ${subgraph}`, { kind: SpanKind.CLIENT, attributes: { 'member_graph.subgraph': subgraph } }, fetch));
