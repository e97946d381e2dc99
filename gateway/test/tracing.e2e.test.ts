import { randomBytes } from 'node:crypto';
import { dataOf, graphql, recordSpans, type SpanRecord } from '@member-graph/common/testing';
import { eventually, newCustomer, useTestStack } from '../../scripts/stack';

const SERVER = 1;
const CLIENT = 2;
const recorder = recordSpans(); // before the stack: its data sources get the traced pg driver

/**
 * One request through the real gateway, with the client's W3C traceparent: one trace holds the gateway's
 * span (child of the client's), a fetch span per subgraph called, each subgraph's server span as the
 * child of its fetch span (the traceparent crossed HTTP), and SQL spans under the subgraph spans.
 */
describe('OpenTelemetry traces across gateway → subgraph → SQL', () => {
  const env = useTestStack('tracing', { subgraphs: ['customer', 'loyalty'] });
  afterAll(() => recorder.stop());

  test('a member-home query makes one trace: gateway span, subgraph child spans, SQL spans', async () => {
    const customerId = await newCustomer(env);
    await env.settle();
    const traceId = randomBytes(16).toString('hex');
    const clientSpanId = randomBytes(8).toString('hex');
    const token = await env.stack.token('customer', customerId);
    const answer = await graphql(env.stack.gateway.url, 'query MemberHome { me { name loyalty { tier { code } } } }', {}, {
      token,
      headers: { traceparent: `00-${traceId}-${clientSpanId}-01` },
    });
    expect(dataOf(answer).me.loyalty.tier.code).toBeTruthy();
    const inTrace = () => recorder.spans().filter((s) => s.traceId === traceId);
    const gatewaySpan = () => inTrace().find((s) => s.scope === 'member-graph-gateway' && s.kind === SERVER);
    await eventually(() => !!gatewaySpan(), 'the gateway span ended');
    const spans = inTrace();
    const byId = new Map(spans.map((s) => [s.spanId, s]));
    const descends = (span: SpanRecord, ancestor: SpanRecord) => {
      for (let p = span.parentId; p; p = byId.get(p)?.parentId) if (p === ancestor.spanId) return true;
      return false;
    };
    const root = gatewaySpan()!;
    expect(root).toMatchObject({ name: 'query MemberHome', parentId: clientSpanId });
    for (const subgraph of ['customer', 'loyalty']) {
      const fetch = spans.find((s) => s.scope === 'member-graph-gateway' && s.kind === CLIENT && s.name === `subgraph ${subgraph}`);
      expect(fetch && descends(fetch, root)).toBe(true);
      const served = spans.filter((s) => s.scope === `member-graph-${subgraph}` && s.kind === SERVER);
      expect(served.length).toBeGreaterThan(0);
      for (const s of served) expect(byId.get(s.parentId!)?.name).toBe(`subgraph ${subgraph}`);
      const sql = spans.filter((s) => s.scope === 'member-graph-db' && served.some((server) => descends(s, server)));
      expect(sql.length).toBeGreaterThan(0);
      expect(sql[0].attributes['db.system.name']).toBe('postgresql');
    }
  });
});
