import { newCustomer, useTestStack } from '../../scripts/stack';

/** `npm run bench` counts SQL statements per request from each subgraph's /metrics. */
const env = useTestStack('statements-metric', { subgraphs: ['customer'] });

const statementsSent = async (graphqlUrl: string) => {
  const text = await (await fetch(graphqlUrl.replace('/graphql', '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith('db_statements_sent{'));
  if (!line) throw new Error('no db_statements_sent on /metrics');
  return Number(line.slice(line.lastIndexOf(' ') + 1));
};

test('a subgraph exposes the SQL statements it has sent, and a query that reads the database moves the figure', async () => {
  const url = env.stack.subgraphs.customer.url;
  const id = await newCustomer(env, { name: '计数' });
  const before = await statementsSent(url);
  const data = await env.ok(`query($id: ID!) { customer(id: $id) { id name } }`, { id }, env.tokens.admin);
  expect(data.customer).toEqual({ id, name: '计数' });
  expect(await statementsSent(url)).toBeGreaterThan(before);
});
