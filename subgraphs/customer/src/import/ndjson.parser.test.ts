import { parseNdjson, parseNdjsonOrder } from './ndjson.parser';

const order = {
  externalNo: 'APP-1001',
  identity: { type: 'WECHAT_MINI_OPENID', appId: 'wx1', value: 'openid-1' },
  profile: { name: '小王', gender: 'FEMALE' },
  channel: 'MINI_PROGRAM',
  paidAt: '2026-01-10T08:00:00+08:00',
  lines: [{ sku: 'SKU-1', category: 'baby', quantity: 2, amount: '59.90' }, { sku: 'SKU-2', quantity: 1, amount: 10 }],
};

describe('parseNdjsonOrder', () => {
  test('reads an order; amounts become cents, paidAt a Date, absent optionals null', () => {
    expect(parseNdjsonOrder(JSON.stringify(order), 7)).toEqual({
      lineNos: [7],
      externalNo: 'APP-1001',
      identity: { type: 'WECHAT_MINI_OPENID', appId: 'wx1', value: 'openid-1' },
      profile: { name: '小王', gender: 'FEMALE' },
      channel: 'MINI_PROGRAM',
      storeId: null,
      paidAt: new Date('2026-01-10T00:00:00.000Z'),
      lines: [
        { sku: 'SKU-1', category: 'baby', quantity: 2, amount: 5990 },
        { sku: 'SKU-2', category: null, quantity: 1, amount: 1000 },
      ],
    });
  });

  test.each([
    ['{not json', /not valid JSON/],
    ['[1]', /must be an object/],
    [JSON.stringify({ ...order, externalNo: '' }), /externalNo/],
    [JSON.stringify({ ...order, identity: { type: 'FAX', value: '1' } }), /identity.type/],
    [JSON.stringify({ ...order, channel: 'MARS' }), /channel/],
    [JSON.stringify({ ...order, paidAt: '2026-01-10' }), /paidAt/],
    [JSON.stringify({ ...order, lines: 'x' }), /lines must be an array/],
    [JSON.stringify({ ...order, lines: [{ sku: 'A', quantity: '2', amount: '1.00' }] }), /lines\[0\].quantity/],
    [JSON.stringify({ ...order, lines: [{ sku: 'A', quantity: 2, amount: '1.001' }] }), /lines\[0\].amount/],
    [JSON.stringify({ ...order, profile: { gender: 'X' } }), /profile.gender/],
  ])('refuses %s', (line, reason) => {
    expect(() => parseNdjsonOrder(line, 1)).toThrow(reason);
  });
});

test('parseNdjson skips blank lines and reports bad ones by their line number', () => {
  const text = [JSON.stringify(order), '', '{"externalNo": 5}', JSON.stringify({ ...order, externalNo: 'APP-1002' }), ''].join('\n');
  const { records, errors, dataLines } = parseNdjson(text);
  expect(dataLines).toBe(3);
  expect(records.map((r) => [r.externalNo, r.lineNos])).toEqual([['APP-1001', [1]], ['APP-1002', [4]]]);
  expect(errors).toEqual([{ lineNo: 3, reason: expect.stringMatching(/must be an object|must be a non-empty string/) }]);
});
