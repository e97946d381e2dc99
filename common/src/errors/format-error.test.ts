import { GraphQLError } from 'graphql';
import { createFormatError } from './format-error';
import { DomainError } from './domain-error';

const logged: unknown[] = [];
const format = createFormatError({ log: (e) => logged.push(e) });
const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

beforeEach(() => (logged.length = 0));

test('domain errors keep their code, message and details', () => {
  const e = new DomainError('INSUFFICIENT_POINTS', 'Balance 5 is below 10', { balance: 5 });
  expect(format({ message: e.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrap(e))).toEqual({
    message: 'Balance 5 is below 10',
    path: undefined,
    locations: undefined,
    extensions: { code: 'INSUFFICIENT_POINTS', details: { balance: 5 } },
  });
  expect(logged).toEqual([]);
});

test('unexpected errors are masked: no message, stack, SQL or host; they are logged instead', () => {
  const sqlError = Object.assign(new Error('duplicate key value violates unique constraint "customers_pkey" at 10.0.0.5'), {
    query: 'insert into customer.customers …',
  });
  const out = format(
    { message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['Error: at db.ts:1'] } },
    wrap(sqlError),
  );
  expect(out).toEqual({ message: 'Internal server error', path: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  expect(logged).toEqual([sqlError]);
});

test('request errors and errors relayed from subgraphs keep their code without a stack trace', () => {
  const validation = new GraphQLError('Cannot query field "nope"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  expect(format({ message: validation.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] } }, validation).extensions).toEqual({
    code: 'GRAPHQL_VALIDATION_FAILED',
  });
  const relayed = new GraphQLError('Customer x was not found', { originalError: { message: 'm', extensions: { code: 'NOT_FOUND' } } as unknown as Error });
  expect(format({ message: 'Customer x was not found', extensions: { code: 'NOT_FOUND' } }, relayed).extensions).toEqual({ code: 'NOT_FOUND' });
});

test('a dependency that cannot answer (pool wait, terminated connection, refused socket) is SERVICE_UNAVAILABLE, retryable, not logged as a bug', () => {
  const failures = [
    new Error('timeout exceeded when trying to connect'),
    Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
    Object.assign(new Error('query failed'), { driverError: Object.assign(new Error('x'), { code: '08006' }) }),
    new Error('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) }),
  ];
  for (const failure of failures) {
    expect(format({ message: failure.message, path: ['claimCoupon'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrap(failure))).toEqual({
      message: expect.not.stringMatching(/timeout|terminating|connect|query/),
      path: ['claimCoupon'],
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
  }
  expect(logged).toEqual([]);
});
