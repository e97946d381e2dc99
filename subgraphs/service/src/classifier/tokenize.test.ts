import { NUMBER_TOKEN, stem, tokenize } from './tokenize';

describe('tokenize', () => {
  test('Chinese: dictionary words plus character bigrams, particles dropped', () => {
    const tokens = tokenize('快递三天了还没到');
    expect(tokens).toEqual(expect.arrayContaining(['快递', '三天', '没到', '还没']));
    expect(tokens).not.toContain('了');
    expect(tokens).not.toContain('还');
  });

  test('Chinese: bigrams rescue words the dictionary splits', () => {
    // ICU segments 客服 as 客 + 服; the bigram still yields 客服.
    expect(tokenize('客服态度很差')).toEqual(expect.arrayContaining(['客服', '态度', '很差', '差']));
  });

  test('English: lower-cased, stop words removed, inflections stemmed', () => {
    const tokens = tokenize('The Zipper BROKE the first time I used it, and my refunds were never shipped!');
    // Stems need not be words (broke → brok); they only have to agree across inflections.
    expect(tokens).toEqual(['zipper', 'brok', 'first', 'time', 'used', 'refund', 'never', 'ship']);
    for (const stop of ['the', 'i', 'it', 'and', 'my', 'were']) expect(tokens).not.toContain(stop);
  });

  test('stems agree across inflections', () => {
    expect(new Set(['ship', 'ships', 'shipped', 'shipping'].map(stem))).toEqual(new Set(['ship']));
    expect(new Set(['refund', 'refunds', 'refunded', 'refunding'].map(stem))).toEqual(new Set(['refund']));
    expect(stem('delivered')).toBe(stem('deliver'));
    expect(stem("customer's")).toBe('customer');
  });

  test('mixed text: each script segmented in its own way; numbers collapse; punctuation dropped', () => {
    const tokens = tokenize('iPhone 15的手机壳发错了，I ordered the BLUE one!!! 订单号 12345');
    expect(tokens).toEqual(expect.arrayContaining([stem('iphone'), '手机', '机壳', '发错', 'order', 'blue', '订单', '单号']));
    expect(tokens.filter((t) => t === NUMBER_TOKEN)).toHaveLength(2);
    expect(tokens.some((t) => /[，!？?。]/u.test(t))).toBe(false);
  });

  test('full-width characters are normalised (NFKC)', () => {
    expect(tokenize('ＲＥＦＵＮＤ')).toEqual(['refund']);
  });

  test('empty and punctuation-only input gives no tokens', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('？！…… ,,, ')).toEqual([]);
  });

  test('is pure: the same input always gives the same tokens', () => {
    const text = '退款两周了还没到账 where is my refund';
    expect(tokenize(text)).toEqual(tokenize(text));
  });
});
