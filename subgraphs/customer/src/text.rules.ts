import { badInput } from '@member-graph/common/errors';

// bidi overrides/isolates and zero-width characters: invisible, they make one name look like another
const INVISIBLE_FORMATTING = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Refuses text a person would read differently from how it is stored (bidi overrides, zero-width characters). */
export function refuseInvisibleFormatting(text: string, field: string): void {
  if (INVISIBLE_FORMATTING.test(text)) throw badInput(`${field} must not contain bidirectional-override or zero-width characters`, { field });
}

/**
 * A display name as given (null clears it): trimmed, NFC, 1–100 characters, no invisible formatting.
 * A blank name is an error, never a silent clear.
 */
export function displayName(raw: string | null, field = 'name'): string | null {
  if (raw === null) return null;
  const name = raw.normalize('NFC').trim();
  if (!name) throw badInput(`${field} must not be blank (send null to clear it)`, { field });
  refuseInvisibleFormatting(name, field);
  return name;
}
