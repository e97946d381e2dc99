import { describeError, maskText } from './mask';

describe('maskText', () => {
  test.each([
    ['phone 13812345678 given', 'phone [phone] given'],
    ['+86 138-1234-5678', '[phone]'],
    ['(021) 6123 4567', '([phone]'],
    ['tel13812345678', 'tel[phone]'],
    ['mail lin.xiaoyu+crm@example.com.cn now', 'mail [email] now'],
    ['Authorization: Bearer abc.DEF-123_x', 'Authorization: Bearer [redacted]'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-_x end', 'token [jwt] end'],
  ])('%s', (input, masked) => expect(maskText(input)).toBe(masked));

  test('keeps what an operator needs: UUIDs, dates, times, addresses, small numbers', () => {
    const text = 'order 550e8400-e29b-41d4-a716-446655440000 valid until 2026-12-03T10:00:00.000Z on 127.0.0.1:4001, 3 rows, 250ms';
    expect(maskText(text)).toBe(text);
  });
});

describe('describeError', () => {
  test('keeps type, code, the masked message, code locations and the cause; drops parameters and detail', () => {
    const cause = new Error('connect ECONNREFUSED 10.0.0.5:5432');
    const error = Object.assign(new Error('duplicate key value: Key (phone)=(13812345678) already exists', { cause }), {
      code: '23505',
      parameters: ['13812345678', 'lin@example.com'],
      detail: 'Key (phone)=(13812345678)',
    });
    const described = describeError(error);
    expect(described).toEqual({
      type: 'Error',
      code: '23505',
      message: 'duplicate key value: Key (phone)=([phone]) already exists',
      stack: expect.arrayContaining([expect.stringMatching(/^at /)]),
      cause: { type: 'Error', message: 'connect ECONNREFUSED 10.0.0.5:5432' },
    });
    expect(JSON.stringify(described)).not.toMatch(/13812345678|lin@example/);
  });

  test('a thrown non-error is masked text', () => {
    expect(describeError('lost lin@example.com')).toEqual({ message: 'lost [email]' });
  });
});
