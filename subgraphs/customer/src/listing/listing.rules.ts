import { type Actor } from '@member-graph/common/auth';
import { badInput, forbidden } from '@member-graph/common/errors';
import { decodeCursor, isUuid } from '@member-graph/common/graphql';
import { REVEAL_SCOPE } from '../pii/pii.access';
import { normaliseTagName } from '../tag/tag.rules';

/** Most tag names one tag criterion may list. */
export const MAX_FILTER_TAGS = 20;
/** Longest search text. */
export const MAX_SEARCH_LENGTH = 64;
/** Fewest digits a phone search needs (e.g. the last 4 digits). */
export const MIN_PHONE_DIGITS = 4;

/**
 * Marketers see phones as 138****1234, so they may search by the last 4 digits the mask shows, not by
 * more: a longer number would confirm whose phone it is (unless they hold pii:reveal). Agents look
 * customers up by the number a caller gives; admins see phones anyway.
 */
export function requirePhoneSearchAllowed(actor: Actor, filter: NormalisedFilter): void {
  const digits = filter.search?.phoneDigits;
  if (digits && digits.length > MIN_PHONE_DIGITS && actor.role === 'marketer' && !actor.scopes.includes(REVEAL_SCOPE)) {
    throw forbidden(`Searching by more than the last ${MIN_PHONE_DIGITS} phone digits needs the ${REVEAL_SCOPE} scope`);
  }
}

/** A filter as callers give it (the GraphQL input fits this shape). */
export interface CustomerFilter {
  tagsAll?: string[] | null;
  tagsAny?: string[] | null;
  recency?: ScoreRange | null;
  frequency?: ScoreRange | null;
  monetary?: ScoreRange | null;
  lifecycleStages?: string[] | null;
  registrationChannels?: string[] | null;
  registeredFrom?: Date | null;
  registeredTo?: Date | null;
  search?: string | null;
}

export interface ScoreRange {
  min?: number | null;
  max?: number | null;
}

/** A search split into what it can match: a name pattern, and phone digits when it is a number. */
export interface SearchTerms {
  /** ILIKE pattern for "name contains", with % and _ escaped. */
  namePattern: string;
  /** Digits the phone must equal or end with; null when the text is not 4–15 digits. */
  phoneDigits: string | null;
}

/** A validated filter: empty criteria removed, tags normalised, the search split. */
export interface NormalisedFilter {
  tagsAll: string[];
  tagsAny: string[];
  scores: { column: 'recency_score' | 'frequency_score' | 'monetary_score'; min: number | null; max: number | null }[];
  lifecycleStages: string[];
  registrationChannels: string[];
  registeredFrom: Date | null;
  registeredTo: Date | null;
  search: SearchTerms | null;
}

const SCORE_COLUMNS = { recency: 'recency_score', frequency: 'frequency_score', monetary: 'monetary_score' } as const;

/** Validates a filter; BAD_USER_INPUT names the offending field (e.g. filter.recency.min). */
export function normaliseFilter(filter: CustomerFilter | null | undefined): NormalisedFilter {
  const f = filter ?? {};
  const scores: NormalisedFilter['scores'] = [];
  for (const [name, column] of Object.entries(SCORE_COLUMNS) as [keyof typeof SCORE_COLUMNS, (typeof SCORE_COLUMNS)[keyof typeof SCORE_COLUMNS]][]) {
    const range = f[name];
    const min = score(range?.min, `filter.${name}.min`);
    const max = score(range?.max, `filter.${name}.max`);
    if (min !== null && max !== null && min > max) throw badInput(`${name}.min must not be above ${name}.max`, { field: `filter.${name}.min` });
    if (min !== null || max !== null) scores.push({ column, min, max });
  }
  const registeredFrom = date(f.registeredFrom, 'filter.registeredFrom');
  const registeredTo = date(f.registeredTo, 'filter.registeredTo');
  if (registeredFrom && registeredTo && registeredFrom > registeredTo) {
    throw badInput('registeredFrom must not be after registeredTo', { field: 'filter.registeredTo' });
  }
  return {
    tagsAll: tags(f.tagsAll, 'filter.tagsAll'),
    tagsAny: tags(f.tagsAny, 'filter.tagsAny'),
    scores,
    lifecycleStages: [...new Set(f.lifecycleStages ?? [])],
    registrationChannels: [...new Set(f.registrationChannels ?? [])],
    registeredFrom,
    registeredTo,
    search: f.search == null ? null : parseSearch(f.search),
  };
}

/**
 * Splits a search text: the name must contain it (case-insensitive), or, when it is a number of
 * 4–15 digits (spaces, dashes and a leading + or +86/0086 allowed), the phone must equal or end with it.
 */
export function parseSearch(text: string): SearchTerms {
  const term = text.trim();
  if ([...term].length < 1 || [...term].length > MAX_SEARCH_LENGTH) {
    throw badInput(`search must be 1–${MAX_SEARCH_LENGTH} characters`, { field: 'filter.search' });
  }
  const namePattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const compact = term.replace(/[\s-]/g, '');
  if (!/^\+?\d+$/.test(compact)) return { namePattern, phoneDigits: null };
  const digits = compact.replace(/^\+/, '').replace(/^(0086|86)(?=1[3-9]\d{9}$)/, '');
  const phoneDigits = digits.length >= MIN_PHONE_DIGITS && digits.length <= 15 ? digits : null;
  return { namePattern, phoneDigits };
}

/** The listing's sort key from an `after` cursor: [registeredAt as ISO text with microseconds, id]. */
export function decodeListingCursor(after: string | null | undefined): { registeredAt: string; id: string } | null {
  const key = decodeCursor(after);
  if (!key) return null;
  const [registeredAt, id] = key;
  if (key.length !== 2 || typeof registeredAt !== 'string' || Number.isNaN(Date.parse(registeredAt)) || !isUuid(id)) {
    throw badInput('after is not a valid cursor', { field: 'after' });
  }
  return { registeredAt, id };
}

function score(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > 5) throw badInput(`${field.replace('filter.', '')} must be between 1 and 5`, { field });
  return value;
}

function date(value: Date | null | undefined, field: string): Date | null {
  if (value === null || value === undefined) return null;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw badInput(`${field.replace('filter.', '')} must be a date-time`, { field });
  return value;
}

function tags(names: string[] | null | undefined, field: string): string[] {
  if (!names) return [];
  if (names.length > MAX_FILTER_TAGS) throw badInput(`${field.replace('filter.', '')} may list at most ${MAX_FILTER_TAGS} tags`, { field });
  return [...new Set(names.map((n, i) => normaliseTagName(n, `${field}[${i}]`)))];
}
