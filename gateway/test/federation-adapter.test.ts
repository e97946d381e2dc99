import { parse, stripIgnoredCharacters } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@apollo/composition';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { FEDERATION_LINK } from '@member-graph/common/federation';
import { loadSupergraph, planSubscription, type LoadedSupergraph } from '../src/subscriptions/federation-adapter';

/**
 * The adapter over @apollo/gateway's internals, on its own: a two-subgraph supergraph (ticks owns a
 * Subscription, people owns Customer.name), a real people server over HTTP, no gateway. A version bump
 * of the federation packages that changes planning or execution fails here first.
 */
const TICKS_SDL = `${FEDERATION_LINK}
  type Query { "A probe." tickCount: Int! }
  "Ticks."
  type Subscription { "Live ticks." ticks(customerId: ID!, afterSeq: Int): Tick! }
  "One tick."
  type Tick { "Sequence." seq: Int! "Whose." customer: Customer! }
  "A customer."
  type Customer @key(fields: "id", resolvable: false) { "Id." id: ID! }
`;
const PEOPLE_SDL = `${FEDERATION_LINK}
  type Query { "A probe." person(id: ID!): Customer }
  "A customer."
  type Customer @key(fields: "id") { "Id." id: ID! "Name." name: String! "Who asked." seenBy: String }
`;
const NAMES: Record<string, string> = { c1: 'Ada', c2: 'Grace' };

/** Forwards the caller's actor, as the gateway's own data source does. */
class ActorDataSource extends RemoteGraphQLDataSource<{ actor: string }> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<{ actor: string }>) {
    request.http?.headers.set('x-actor', context.actor ?? '');
  }
}

let people: ApolloServer<{ actor: string }>;
let peopleUrl: string;
let requests = 0;
let supergraph: LoadedSupergraph;

beforeAll(async () => {
  const reference = (ref: { id: string }, ctx: { actor: string }) => ({ id: ref.id, name: NAMES[ref.id], seenBy: ctx.actor });
  people = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: parse(PEOPLE_SDL), resolvers: { Customer: { __resolveReference: reference } } as never }]),
  });
  ({ url: peopleUrl } = await startStandaloneServer(people, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      requests++;
      return { actor: String(req.headers['x-actor'] ?? '') };
    },
  }));
  const composed = composeServices([
    { name: 'ticks', typeDefs: parse(TICKS_SDL), url: 'http://127.0.0.1:1/graphql' },
    { name: 'people', typeDefs: parse(PEOPLE_SDL), url: peopleUrl },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  supergraph = loadSupergraph(composed.supergraphSdl);
});
afterAll(async () => {
  await people?.stop();
});

const SUBSCRIPTION = parse(`subscription Watch($id: ID!, $after: Int, $unused: Int) { ticks(customerId: $id, afterSeq: $after) { seq customer { id name seenBy } } }`);

test('loading a supergraph exposes the client-facing schema and each subgraph URL', () => {
  expect(supergraph.urls).toEqual({ ticks: 'http://127.0.0.1:1/graphql', people: peopleUrl });
  expect(supergraph.apiGraphql.getSubscriptionType()?.getFields().ticks).toBeDefined();
});

test('a subscription plans into the owning subgraph’s upstream operation (keys only) and the variables it uses', () => {
  const plan = planSubscription(supergraph, SUBSCRIPTION, 'Watch', {});
  expect(plan?.primary.serviceName).toBe('ticks');
  expect(plan?.primary.variableNames.sort()).toEqual(['after', 'id']);
  const upstream = parse(plan!.primary.query);
  expect(upstream.definitions[0]).toMatchObject({ operation: 'subscription' });
  // people's field (name, seenBy) is left to the follow-up: upstream asks only for the entity key
  expect(stripIgnoredCharacters(plan!.primary.query)).toContain('{ticks(customerId:$id afterSeq:$after){seq customer{__typename id}}}');
});

test('a query or a mutation is not planned as a subscription', () => {
  expect(planSubscription(supergraph, parse(`query { tickCount }`), undefined, {})).toBeNull();
});

test('a follow-up resolves other subgraphs’ fields for one event over HTTP, with the caller’s context', async () => {
  const plan = planSubscription(supergraph, SUBSCRIPTION, 'Watch', { people: new ActorDataSource({ url: peopleUrl }) })!;
  const before = requests;
  const event = { data: { ticks: { seq: 7, customer: { __typename: 'Customer', id: 'c2' } } } };
  const result = await plan.followUp(event, { variables: { id: 'c2', after: 6 }, context: { actor: 'agent-9' } });
  expect(result).toEqual({ data: { ticks: { seq: 7, customer: { id: 'c2', name: 'Grace', seenBy: 'agent-9' } } } });
  expect(requests - before).toBe(1);
});

test('a follow-up passes the event’s own fields through when no other subgraph is needed', async () => {
  const plan = planSubscription(supergraph, parse(`subscription { ticks(customerId: "c1") { seq customer { id } } }`), undefined, {})!;
  const before = requests;
  const result = await plan.followUp({ data: { ticks: { seq: 1, customer: { __typename: 'Customer', id: 'c1' } } } }, { variables: {}, context: {} });
  expect(result).toEqual({ data: { ticks: { seq: 1, customer: { id: 'c1' } } } });
  expect(requests).toBe(before);
});
