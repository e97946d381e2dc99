import { domainErrorOf } from '@member-graph/common/testing';
import { isEffective, normaliseTagName, normaliseTagNames, normaliseTags, tagKey } from './tag.rules';
import { TagSource, TagType } from './tag.enums';

const now = new Date('2026-01-15T02:00:00.000Z');
const fieldOf = domainErrorOf;

test('tag names are trimmed and counted in characters, so 32 Chinese characters fit', () => {
  expect(normaliseTagName('  母婴 ', 'name')).toBe('母婴');
  expect(normaliseTagName('母'.repeat(32), 'name')).toHaveLength(32);
  expect(fieldOf(() => normaliseTagName('母'.repeat(33), 'name'))).toEqual(['BAD_USER_INPUT', 'name']);
  expect(fieldOf(() => normaliseTagName('   ', 'name'))).toEqual(['BAD_USER_INPUT', 'name']);
  expect(fieldOf(() => normaliseTagName('a\u0000b', 'name'))).toEqual(['BAD_USER_INPUT', 'name']);
});

test('addTags input: source defaults to MANUAL, duplicates and past expiry are refused with the field', () => {
  expect(normaliseTags([{ name: ' VIP ', type: TagType.VALUE }], now)).toEqual([
    { name: 'VIP', type: TagType.VALUE, source: TagSource.MANUAL, expiresAt: null },
  ]);
  const dup = () => normaliseTags([{ name: 'a', type: TagType.NEED }, { name: ' a', type: TagType.NEED }], now);
  expect(fieldOf(dup)).toEqual(['BAD_USER_INPUT', 'tags[1].name']);
  const past = () => normaliseTags([{ name: 'a', type: TagType.NEED, expiresAt: now }], now);
  expect(fieldOf(past)).toEqual(['BAD_USER_INPUT', 'tags[0].expiresAt']);
  expect(fieldOf(() => normaliseTags([], now))).toEqual(['BAD_USER_INPUT', 'tags']);
  expect(fieldOf(() => normaliseTags([{ name: 'a', type: 'WHATEVER' }], now))).toEqual(['BAD_USER_INPUT', 'tags[0].type']);
});

test('removeTags names are de-duplicated after trimming', () => {
  expect(normaliseTagNames(['母婴', ' 母婴', 'VIP'])).toEqual(['母婴', 'vip']);
  expect(fieldOf(() => normaliseTagNames(Array.from({ length: 51 }, (_, i) => `t${i}`)))).toEqual(['BAD_USER_INPUT', 'names']);
});

test('a tag counts until its expiry, not at it', () => {
  expect(isEffective({ expiresAt: null }, now)).toBe(true);
  expect(isEffective({ expiresAt: new Date(now.getTime() + 1) }, now)).toBe(true);
  expect(isEffective({ expiresAt: now }, now)).toBe(false);
});

test('tags compare after NFKC and case-insensitively: "Ｍｏｔｈｅｒ", "Mother" and "mother" are one tag', () => {
  expect(tagKey('Ｍｏｔｈｅｒ')).toBe('mother');
  expect(tagKey('MOTHER')).toBe(tagKey('mother'));
  expect(tagKey('Straße')).toBe(tagKey('STRASSE'));
  expect(tagKey('母婴')).toBe('母婴');
  expect(tagKey('mother')).not.toBe(tagKey('father'));
  const dup = () => normaliseTags([{ name: 'Ｍｏｔｈｅｒ', type: TagType.NEED }, { name: 'mother', type: TagType.NEED }], now);
  expect(fieldOf(dup)).toEqual(['BAD_USER_INPUT', 'tags[1].name']);
  expect(normaliseTagNames(['Ｍｏｔｈｅｒ', 'mother', 'MOTHER'])).toEqual(['mother']);
});

test('tag names are NFKC-normalised (full-width and ASCII are one tag); bidi overrides and zero-width characters are refused', () => {
  expect(normaliseTagName('Ｍｏｔｈｅｒ', 'name')).toBe('Mother');
  const dup = () => normaliseTags([{ name: 'ＶＩＰ', type: TagType.VALUE }, { name: 'VIP', type: TagType.VALUE }], now);
  expect(fieldOf(dup)).toEqual(['BAD_USER_INPUT', 'tags[1].name']);
  expect(fieldOf(() => normaliseTagName('VIP\u202Egnp', 'name'))).toEqual(['BAD_USER_INPUT', 'name']);
  expect(fieldOf(() => normaliseTagName('V\u200BIP', 'name'))).toEqual(['BAD_USER_INPUT', 'name']);
});
