import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCdnow, parseCdnowLine } from './cdnow.parser';

const SAMPLE = path.join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'cdnow', 'CDNOW_sample.txt');

describe('parseCdnowLine', () => {
  test('reads the five whitespace separated fields, dollars as exact cents', () => {
    expect(parseCdnowLine(' 00004 0001 19970101  2   29.33')).toEqual({ customerId: '00004', date: '19970101', cds: 2, amountCents: 2933 });
    expect(parseCdnowLine('00021 0002 19970101 3 63.3')).toEqual({ customerId: '00021', date: '19970101', cds: 3, amountCents: 6330 });
    expect(parseCdnowLine('01101 0087 19970105  1    0.00').amountCents).toBe(0);
  });

  test.each([
    ['00004 19970101 2', /expected 4 fields .* or 5/],
    ['00004 0001 19970101 2 29.33 x', /expected 4 fields .* or 5/],
    ['00004 000x 19970101 2 29.33', /sample customer id/],
    ['00004 1997010 2 29.33', /date/],
    ['0000x 0001 19970101 2 29.33', /customer id/],
    ['00004 0001 19970231 2 29.33', /date/],
    ['00004 0001 1997-01-01 2 29.33', /date/],
    ['00004 0001 19970101 1.5 29.33', /whole number/],
    ['00004 0001 19970101 0 29.33', /CDs is 0/],
    ['00004 0001 19970101 2 -1.00', /dollar value/],
    ['00004 0001 19970101 2 1.234', /dollar value/],
  ])('refuses %s', (line, reason) => {
    expect(() => parseCdnowLine(line)).toThrow(reason);
  });

  test('reads the master layout: four fields, whitespace or comma separated', () => {
    expect(parseCdnowLine('00001 19970101 1 11.77')).toEqual({ customerId: '00001', date: '19970101', cds: 1, amountCents: 1177 });
    expect(parseCdnowLine('00002,19970112,5,77.00')).toEqual({ customerId: '00002', date: '19970112', cds: 5, amountCents: 7700 });
  });
});

describe('parseCdnow', () => {
  test('the master layout with a header line: the header is skipped, not a bad line; a later header-like line is', () => {
    const text = ['customer_id date cds amount', '00001 19970101 1 11.77', '00002 19970112 1 12.00', '00002 19970112 5 77.00', 'id date cds amount'].join('\n');
    const { records, errors, dataLines } = parseCdnow(text);
    expect(dataLines).toBe(4);
    expect(errors).toEqual([{ lineNo: 5, reason: expect.stringMatching(/customer id/) }]);
    expect(records.map((r) => [r.externalNo, r.lines.length])).toEqual([['cdnow-00001-19970101', 1], ['cdnow-00002-19970112', 2]]);
  });

  test('one order per customer per day; the lines of that day are its lines; bad lines are reported by number', () => {
    const text = [
      ' 00004 0001 19970101  2   29.33',
      ' 00004 0001 19970101  1   10.00',
      '',
      ' 00004 0001 19970118  2   29.73',
      ' 00004 0001 1997011x  2   29.73',
      ' 00021 0002 19970101  3   63.34',
    ].join('\r\n');
    const { records, errors, dataLines } = parseCdnow(text);
    expect(dataLines).toBe(5);
    expect(errors).toEqual([{ lineNo: 5, reason: expect.stringMatching(/date/) }]);
    expect(records.map((r) => r.externalNo)).toEqual(['cdnow-00004-19970101', 'cdnow-00004-19970118', 'cdnow-00021-19970101']);
    expect(records[0]).toEqual({
      lineNos: [1, 2],
      externalNo: 'cdnow-00004-19970101',
      identity: { type: 'IMPORT_ID', appId: 'cdnow', value: '00004' },
      channel: 'IMPORT',
      paidAt: new Date('1997-01-01T04:00:00.000Z'),
      lines: [
        { sku: 'CDNOW-CD', category: 'music', quantity: 2, amount: 2933 },
        { sku: 'CDNOW-CD', category: 'music', quantity: 1, amount: 1000 },
      ],
    });
  });

  test('the real sample: 6,919 lines, 2,357 customers, 6,696 customer-days, 244,091.94 in all, no bad line', () => {
    const { records, errors, dataLines } = parseCdnow(readFileSync(SAMPLE, 'utf8'));
    expect(errors).toEqual([]);
    expect(dataLines).toBe(6919);
    expect(records).toHaveLength(6696);
    expect(new Set(records.map((r) => r.identity.value)).size).toBe(2357);
    expect(records.reduce((sum, r) => sum + r.lines.reduce((s, l) => s + l.amount, 0), 0)).toBe(24_409_194);
    expect(records.every((r) => r.lines.every((l) => l.quantity > 0))).toBe(true);
  });
});
