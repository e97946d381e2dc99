import { badInput } from '@member-graph/common/errors';
import { refuseInvisibleFormatting } from '../text.rules';
import { TagSource, TagType } from './tag.enums';

/** Longest tag name, in characters (a Chinese character counts as one). */
export const MAX_TAG_NAME_LENGTH = 32;
/** Most tags one addTags / removeTags call may carry. */
export const MAX_TAGS_PER_CALL = 50;

const TYPES = new Set<string>(Object.values(TagType));
const SOURCES = new Set<string>(Object.values(TagSource));
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A tag as callers give it. */
export interface TagCommand {
  name: string;
  type: TagType | string;
  source?: TagSource | string | null;
  expiresAt?: Date | null;
}

/** A validated tag, ready to store. */
export interface NormalisedTag {
  name: string;
  type: TagType;
  source: TagSource;
  expiresAt: Date | null;
}

/**
 * Trims and NFKC-normalises a tag name (full-width ＭＯＭ and MOM are one tag) and checks it is 1–32
 * characters without control, bidi-override or zero-width characters.
 */
export function normaliseTagName(raw: unknown, field: string): string {
  if (typeof raw !== 'string') throw badInput(`${field} must be a string`, { field });
  const name = raw.normalize('NFKC').trim();
  const length = [...name].length;
  if (length < 1 || length > MAX_TAG_NAME_LENGTH) {
    throw badInput(`${field} must be 1–${MAX_TAG_NAME_LENGTH} characters after trimming`, { field });
  }
  if (CONTROL.test(name)) throw badInput(`${field} must not contain control characters`, { field });
  refuseInvisibleFormatting(name, field);
  return name;
}

/**
 * What makes two tag names one tag: NFKC and case folding ("Ｍｏｔｈｅｒ", "Mother" and "mother" share
 * the key "mother"). Upper- then lower-casing folds what plain lower-casing misses (ß → ss, ſ → s).
 */
export function tagKey(name: string): string {
  return name.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');
}

/** Validates the tags of one addTags call against `now`; BAD_USER_INPUT names the first bad field. */
export function normaliseTags(tags: readonly TagCommand[], now: Date): NormalisedTag[] {
  checkCount(tags.length, 'tags');
  const seen = new Set<string>();
  return tags.map((tag, i) => {
    const name = normaliseTagName(tag.name, `tags[${i}].name`);
    if (seen.has(tagKey(name))) throw badInput(`tag ${name} is given twice`, { field: `tags[${i}].name` });
    seen.add(tagKey(name));
    if (!TYPES.has(tag.type)) throw badInput(`type must be one of ${[...TYPES].join(', ')}`, { field: `tags[${i}].type` });
    const source = tag.source ?? TagSource.MANUAL;
    if (!SOURCES.has(source)) throw badInput(`source must be one of ${[...SOURCES].join(', ')}`, { field: `tags[${i}].source` });
    const expiresAt = tag.expiresAt ?? null;
    if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= now.getTime())) {
      throw badInput('expiresAt must be in the future', { field: `tags[${i}].expiresAt` });
    }
    return { name, type: tag.type as TagType, source: source as TagSource, expiresAt };
  });
}

/** Validates the names of one removeTags call and returns their keys (`tagKey`), de-duplicated. */
export function normaliseTagNames(names: readonly string[]): string[] {
  checkCount(names.length, 'names');
  return [...new Set(names.map((n, i) => tagKey(normaliseTagName(n, `names[${i}]`))))];
}

/** A tag counts while it has no expiry or its expiry is still ahead of `now`. */
export const isEffective = (tag: { expiresAt: Date | null }, now: Date) => !tag.expiresAt || tag.expiresAt.getTime() > now.getTime();

function checkCount(count: number, field: string) {
  if (count < 1 || count > MAX_TAGS_PER_CALL) throw badInput(`${field} must hold 1–${MAX_TAGS_PER_CALL} entries`, { field });
}
