import type { EventHandler } from '@member-graph/common/events';
import type { Services } from '../services';

/** A new customer becomes a member (base tier, referral code, birthday timer) and is linked to a referrer when they gave a code. */
export const registerMemberOnCustomerRegistered =
  (s: Services): EventHandler<'customer.registered'> =>
  async (event, tx) => {
    const p = event.payload;
    const member = await s.members.lockOrCreate(tx, p.customerId, new Date(p.registeredAt));
    if (member.customerId !== p.customerId || member.erasedAt) return; // merged since (the survivor's data stands) or erased
    await s.birthdays.setBirthday(tx, p.customerId, p.birthday);
    if (p.referralCode) await s.referrals.link(tx, p.customerId, p.referralCode);
  };
