import { badInput } from '@member-graph/common/errors';
import { normalisePhone } from '../customer/phone';
import { IdentityType, PER_APP_TYPES } from './identity.enums';
import type { IdentityInput } from './identity.inputs';

/** An identity as stored: (type, appId, value) is unique; appId is '' for types that are not per app. */
export interface IdentityKey {
  type: IdentityType;
  appId: string;
  value: string;
}

/** Checks an identity and gives its stored form (phones normalised, values trimmed); BAD_USER_INPUT naming the field. */
export function normaliseIdentity(input: IdentityInput): IdentityKey {
  const perApp = PER_APP_TYPES.has(input.type);
  if (perApp && !input.appId) throw badInput(`${input.type} needs appId: ${input.type === IdentityType.IMPORT_ID ? 'the source system it was imported from' : 'the WeChat appid it belongs to'}`, { field: 'appId' });
  if (!perApp && input.appId) throw badInput(`${input.type} is not per app; leave appId empty`, { field: 'appId' });
  const value = input.type === IdentityType.PHONE ? normalisePhone(input.value, 'value') : input.value.trim();
  if (!value) throw badInput('value must not be blank', { field: 'value' });
  return { type: input.type, appId: input.appId ?? '', value };
}

/** The name of the transaction-scoped advisory lock every lookup-or-create of this identity takes. */
export const identityLockName = (key: IdentityKey) => `identity:${key.type}:${key.appId}:${key.value}`;

/** At most this many extra identities per login (`alsoIdentities`). */
export const MAX_ALSO_IDENTITIES = 4;

/**
 * A login's identities in stored form, the presented one first, duplicates dropped; more than
 * MAX_ALSO_IDENTITIES extra ones is BAD_USER_INPUT.
 */
export function loginKeys(input: { identity: IdentityInput; alsoIdentities?: IdentityInput[] | null }): IdentityKey[] {
  const also = input.alsoIdentities ?? [];
  if (also.length > MAX_ALSO_IDENTITIES) throw badInput(`at most ${MAX_ALSO_IDENTITIES} alsoIdentities`, { field: 'alsoIdentities' });
  const keys = [input.identity, ...also].map(normaliseIdentity);
  return keys.filter((k, i) => keys.findIndex((o) => o.type === k.type && o.appId === k.appId && o.value === k.value) === i);
}
