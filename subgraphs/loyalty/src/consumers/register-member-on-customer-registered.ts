import type { EventHandler } from '@member-graph/common/events';
import type { MemberService } from '../member/member.service';
import type { BirthdayService } from '../birthday/birthday.service';
import type { ReferralService } from '../referral/referral.service';

/**
 * A new customer becomes a member (base tier, referral code, birthday timer), its identity fingerprints
 * are kept, and it is linked to a referrer when it gave a code (refused when both share a phone or unionid).
 */
export const registerMemberOnCustomerRegistered =
  (memberService: MemberService, birthdayService: BirthdayService, referralService: ReferralService): EventHandler<'customer.registered'> =>
  async (event, tx) => {
    const p = event.payload;
    const member = await memberService.lockOrCreate(tx, p.customerId, new Date(p.registeredAt));
    if (member.customerId !== p.customerId || member.erasedAt) return; // merged since (the survivor's data stands) or erased
    await birthdayService.setBirthday(tx, p.customerId, p.birthday);
    await referralService.recordFingerprints(tx, p.customerId, p.fingerprints);
    if (p.referralCode) await referralService.link(tx, p.customerId, p.referralCode);
  };
