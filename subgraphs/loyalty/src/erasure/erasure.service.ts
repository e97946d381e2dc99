import type { EntityManager } from 'typeorm';
import type { Actor } from '@member-graph/common/auth';
import { recordErasedActors } from '@member-graph/common/db';
import { isUuid } from '@member-graph/common/graphql';
import { type Deps } from '../deps';
import type { MemberService } from '../member/member.service';
import type { PointsLedger } from '../points/points.repository';

/** Rows that only describe the person (what they did or were given, who referred them): deleted on erasure. */
const PERSONAL = [
  { table: 'check_ins', column: 'customer_id' },
  { table: 'engagements', column: 'customer_id' },
  { table: 'customer_badges', column: 'customer_id' },
  { table: 'birthday_grants', column: 'customer_id' },
  { table: 'referrals', column: 'referee_id' },
  { table: 'identity_fingerprints', column: 'customer_id' },
] as const;

/**
 * customer.erased (PIPL Art. 47): loyalty deletes what describes the person (check-ins, reviews and
 * shares, badges, birthday grants, who referred them, their identity fingerprints) and blanks the member's birthday, its timers,
 * registration time and referral code, so the code no longer links a new registrant. The points ledger
 * and its lots, growth entries, tier history and order earnings and refunds stay as accounting records
 * under the id, which no longer names anyone; the positive balance is forfeited with one EXPIRE entry
 * (reason ERASURE), a negative one stays. The member row stays, marked erased: later events only
 * reverse earlier earnings and nothing personal is written for it again. Customers merged into it
 * earlier (`formerIds`) are erased the same way. A member erased before is skipped, so redelivery
 * changes nothing.
 */
export class LoyaltyErasureService {
  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
  ) {}

  async onErased(tx: EntityManager, customerId: string, formerIds: string[], actor: Actor | null): Promise<void> {
    if (!isUuid(customerId)) return;
    await recordErasedActors(tx, 'loyalty', [customerId, ...formerIds]); // their tokens are refused here from now on
    const locked = await this.memberService.lockExact(tx, [customerId, ...formerIds]);
    const ids = [...locked.values()].filter((m) => !m.erasedAt).map((m) => m.customerId);
    if (ids.length === 0) return;
    for (const id of ids) {
      await this.pointsLedger.forfeit(tx, { customerId: id, reasonCode: 'ERASURE', idempotencyKey: `erasure:${id}`, sourceType: 'ERASURE', actor });
    }
    for (const { table, column } of PERSONAL) await tx.query(`delete from loyalty.${table} where ${column} = any($1::uuid[])`, [ids]);
    await tx.query(
      `update loyalty.members set erased_at = $2, referral_code = null, birthday = null, birthday_due_at = null, tier_review_at = null,
         registered_at = null, updated_at = $2
       where customer_id = any($1::uuid[])`,
      [ids, this.deps.clock.now()],
    );
  }
}
