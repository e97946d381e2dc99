import { Writable } from 'node:stream';
import pino from 'pino';
import { runWithTrace } from '../server/request-id';
import { LOG_OPTIONS } from './logger';

/** A logger with the process options, writing to an array of parsed lines. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  return { lines, logger: pino({ ...LOG_OPTIONS, level: 'debug' }, sink).child({ part: 'customer' }) };
}

test('a line is JSON with level, time, part, the request id inside a request, and msg', () => {
  const { lines, logger } = capture();
  runWithTrace({ requestId: 'req-42' }, () => logger.info('resolved'));
  logger.debug('outside');
  expect(lines[0]).toEqual({ level: 'info', time: expect.any(String), pid: process.pid, hostname: expect.any(String), part: 'customer', requestId: 'req-42', msg: 'resolved' });
  expect(lines[1]).not.toHaveProperty('requestId');
});

test('credentials and contact fields are redacted; free text and errors are masked', () => {
  const { lines, logger } = capture();
  logger.warn(
    { headers: { authorization: 'Bearer eyJx.y.z' }, token: 'eyJx.y.z', input: { phone: '13812345678', email: 'lin@example.com', secret: 's3cr3t' } },
    'refused lin@example.com with %s',
    'Bearer abc',
  );
  logger.error({ err: Object.assign(new Error('no customer 13812345678'), { parameters: ['13812345678'] }) }, 'failed');
  const text = lines.map((l) => JSON.stringify(l)).join('\n');
  expect(text).not.toMatch(/13812345678|lin@example\.com|eyJ|s3cr3t|abc/);
  expect(lines[0]).toMatchObject({ headers: { authorization: '[redacted]' }, token: '[redacted]', input: { phone: '[redacted]' }, msg: 'refused [email] with Bearer [redacted]' });
  expect(lines[1]).toMatchObject({ err: { type: 'Error', message: 'no customer [phone]' } });
});
