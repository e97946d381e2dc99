import type { Context } from '../context';
import { piiAccess } from './pii.access';
import type { PiiField } from './pii.type';

/** A PII value as this caller may see it: masked, or unmasked (for staff, once the reveal is audited). */
export async function showPii(ctx: Context, customerId: string, field: PiiField, value: string, mask: (value: string) => string): Promise<string> {
  const access = piiAccess(ctx.actor, customerId);
  if (access === 'masked') return mask(value);
  if (access === 'reveal') await ctx.loaders.piiReveals.load(`${customerId}|${field}`);
  return value;
}
