/**
 * Word segmentation for complaint text in Chinese, English or both.
 *
 * Han runs are segmented with `Intl.Segmenter('zh')` (ICU's dictionary segmenter). That dictionary is
 * general-purpose (it splits 客服 into 客 + 服, for example), so every Han run also contributes its
 * character bigrams and its single characters (小, 慢, 碎 carry meaning on their own), each only once
 * per position and never when the segmenter already produced the same string there. Other text is
 * segmented with `Intl.Segmenter('en')`. Only word-like segments are kept; text is NFKC-normalised and
 * lower-cased, stop words are dropped, numbers collapse to one `<num>` token and English words are
 * lightly stemmed (possessives, plurals, -ed, -ing), so shipped/shipping/ships meet.
 */

const HAN_RUN = /\p{Script=Han}+/gu;
const NUMBER = /^[\p{Nd}.,]+$/u;
export const NUMBER_TOKEN = '<num>';

const zhSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const enSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Function words that say nothing about the topic of a complaint. */
export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  ('的 了 吗 呢 吧 啊 呀 哦 嘛 么 着 过 是 在 和 与 及 或 也 都 就 还 又 再 才 而 且 但 但是 ' +
    '我 你 您 他 她 它 我们 你们 他们 这 那 这个 那个 这些 那些 一个 个 把 被 给 让 从 对 向 ' +
    '有 会 能 要 想 说 去 来 上 下 里 亲 请 请问 麻烦 一下 一样 一直 已经 什么 怎么 为什么 哪 哪里 ' +
    '现在 然后 结果 因为 所以 如果 这样 那样 可以 自己 真的 就是 而且 还是').split(' '),
);

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but if so of to in on at by for with from into about as than then there here ' +
    'i me my mine we us our you your yours he him his she her it its they them their this that these those ' +
    'is am are was were be been being do does did done have has had having will would can could should shall may might must ' +
    'just very really also even still yet again only all any some such what which who whom when where why how ' +
    'up out over after before please hi hello thanks thank get got im ive id youre its dont').split(' '),
);

/**
 * A deliberately small English stemmer: possessives, plurals, -ed and -ing, then a final -e and a
 * doubled final consonant (shipped → ship, delivered → deliver, refunds → refund, arrived → arriv).
 * Stems need not be words; they only have to agree across inflections.
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/u, '').replace(/['’]/gu, '');
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && (w.endsWith('ied') || w.endsWith('ies'))) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length >= 4 && /([^aeiouls])\1$/u.test(w)) w = w.slice(0, -1);
  return w;
}

function wordTokens(segmenter: Intl.Segmenter, text: string): string[] {
  const out: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) out.push(segment);
  }
  return out;
}

function hanTokens(run: string, out: string[]): void {
  const words = wordTokens(zhSegmenter, run).filter((w) => !CHINESE_STOP_WORDS.has(w));
  out.push(...words);
  const seen = new Set(words);
  const chars = [...run];
  for (const char of chars) {
    if (!seen.has(char) && !CHINESE_STOP_WORDS.has(char)) out.push(char);
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const bigram = chars[i] + chars[i + 1];
    if (!seen.has(bigram)) out.push(bigram);
  }
}

function otherTokens(text: string, out: string[]): void {
  for (const word of wordTokens(enSegmenter, text)) {
    if (NUMBER.test(word)) {
      out.push(NUMBER_TOKEN);
      continue;
    }
    const plain = word.replace(/['’]/gu, '');
    if (ENGLISH_STOP_WORDS.has(plain) || ENGLISH_STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    if (stemmed.length > 1 && !ENGLISH_STOP_WORDS.has(stemmed)) out.push(stemmed);
  }
}

/** Splits complaint text into classifier features. Pure and deterministic. */
export function tokenize(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  let last = 0;
  for (const match of normalised.matchAll(HAN_RUN)) {
    const start = match.index ?? 0;
    if (start > last) otherTokens(normalised.slice(last, start), out);
    hanTokens(match[0], out);
    last = start + match[0].length;
  }
  if (last < normalised.length) otherTokens(normalised.slice(last), out);
  return out;
}
