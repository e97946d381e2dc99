import { buildSchema, GraphQLError, specifiedRules, type ValidationRule } from 'graphql';
import { PreparedOperations } from './prepared-operations';

const schema = buildSchema(`type Query { ok: Boolean } type Subscription { ticks(every: Int!): Int }`);
const QUERY = `subscription($n: Int!) { ticks(every: $n) }`;

test('one text is parsed and validated once: later subscribers share the document and skip validation', () => {
  let validations = 0;
  const counting: ValidationRule = () => ((validations += 1), {});
  const prepared = new PreparedOperations(schema, [counting]);
  const first = prepared.parse(QUERY);
  expect(first).toMatchObject({ known: false });
  expect(prepared.validate(QUERY, first.document!, first.known!)).toEqual([]);
  const second = prepared.parse(QUERY);
  expect(second.known).toBe(true);
  expect(second.document).toBe(first.document);
  expect(prepared.validate(QUERY, second.document!, second.known!)).toEqual([]);
  expect(validations).toBe(1);
});

test('an invalid or unparsable text is refused every time and never kept', () => {
  const prepared = new PreparedOperations(schema, specifiedRules);
  expect(prepared.parse('subscription {').errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  const bad = `subscription { nope }`;
  const parsed = prepared.parse(bad);
  const errors = prepared.validate(bad, parsed.document!, parsed.known!);
  expect(errors).toEqual([expect.any(GraphQLError)]);
  expect(errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(prepared.parse(bad).known).toBe(false);
});

test('keeps at most `max` documents, the least recently used dropped first', () => {
  const prepared = new PreparedOperations(schema, [], undefined, 2);
  const texts = [1, 2, 3].map((n) => `subscription A${n} { ticks(every: ${n}) }`);
  for (const text of texts) {
    const p = prepared.parse(text);
    prepared.validate(text, p.document!, p.known!);
  }
  expect(texts.map((t) => prepared.parse(t).known)).toEqual([false, true, true]);
});
