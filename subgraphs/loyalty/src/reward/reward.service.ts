import { forbidden, notFound } from '@member-graph/common/errors';
import { requireActor, requireRole, isStaff, type Actor } from '@member-graph/common/auth';
import { inTransaction } from '@member-graph/common/db';
import { envelope } from '@member-graph/common/events';
import { decodeCursor, pageSize, toConnection } from '@member-graph/common/graphql';
import { type Deps } from '../deps';
import type { MemberLoader } from '../member/member.loaders';
import type { MemberService } from '../member/member.service';
import { idempotencyKeyReused, insufficientPoints } from '../points/points.errors';
import type { PointsLedger } from '../points/points.repository';
import { invalidReward, outOfStock, rewardNotAvailable } from './reward.errors';
import type { CreateRewardInput, ExchangeRewardInput, UpdateRewardInput } from './reward.inputs';
import type { RewardEntity, RewardExchangeEntity } from './reward.entity';
import { RewardRepository, type RewardWrite } from './reward.repository';
import { priceForTier, ratiosByTier, remainingStock, rewardAvailability, rewardProblems, type RewardKind } from './reward.rules';

/** A reward as the API shows it: its row with the caller's price, every tier's price and what is left. */
export type RewardView = RewardEntity & {
  price: number;
  tierPrices: { tier: string; ratio: number; price: number }[];
  remaining: number | null;
  availability: ReturnType<typeof rewardAvailability>;
};

export interface ExchangeResult {
  exchange: RewardExchangeEntity;
  balance: number;
  replayed: boolean;
}

const REWARD_ID = /^[1-9][0-9]{0,17}$/;

/**
 * The rewards catalogue. Admins define and edit rewards; members browse the open ones at their
 * tier's price and exchange points for them. An exchange is one transaction under the member lock:
 * the ledger debit (never below zero), the exchange row, the outbox event and, last, one unit of
 * stock taken by a conditional update, so concurrent exchanges never oversell; losing the stock
 * rolls the debit back.
 */
export class RewardService {
  private readonly repo = new RewardRepository();

  constructor(
    private readonly deps: Deps,
    private readonly memberService: MemberService,
    private readonly pointsLedger: PointsLedger,
  ) {}

  private get tierCodes() {
    return this.deps.programme.current().tiers.map((t) => t.code); // the programme in force (loyalty configuration as data)
  }

  /** A page of the catalogue, newest first: customers see the open rewards only; staff may ask for every one. */
  async catalogue(actor: Actor | null, args: { first?: number | null; after?: string | null; includeInactive?: boolean | null }, members: MemberLoader) {
    const a = requireActor(actor);
    if (args.includeInactive && !isStaff(a)) throw forbidden('Only staff see inactive rewards');
    const first = pageSize(args.first);
    const afterId = this.cursorId(args.after);
    const now = this.deps.clock.now();
    const [rows, tier] = await Promise.all([
      this.repo.page(this.deps.dataSource, { onlyOpenAt: args.includeInactive ? null : now, afterId, limit: first + 1 }),
      a.role === 'customer' ? this.tierOf(a.id, members) : Promise.resolve(null),
    ]);
    return toConnection(rows.map((r) => this.view(r, tier, now)), first, (r) => [r.id], args.after);
  }

  /** Admins create a reward; a bad definition is BAD_USER_INPUT naming the field, and nothing is written. */
  async create(actor: Actor | null, input: CreateRewardInput): Promise<RewardView> {
    const a = requireRole(actor, 'admin');
    const write: RewardWrite = {
      name: input.name.trim(),
      description: input.description?.trim() || null,
      kind: input.kind as RewardKind,
      couponTemplateId: input.couponTemplateId ?? null,
      pointsPrice: input.pointsPrice,
      tierRatios: ratiosByTier(input.tierRatios ?? []),
      stock: input.stock ?? null,
      active: input.active ?? true,
      validFrom: input.validFrom ?? null,
      validUntil: input.validUntil ?? null,
    };
    this.check(write, input.tierRatios ?? [], 0);
    const now = this.deps.clock.now();
    return this.view(await this.repo.insert(this.deps.dataSource, write, a.id, now), null, now);
  }

  /** Admins edit or (de)activate a reward, under its row lock so the stock is never set below what concurrent exchanges took. */
  async update(actor: Actor | null, input: UpdateRewardInput): Promise<RewardView> {
    requireRole(actor, 'admin');
    if (!REWARD_ID.test(input.id)) throw notFound('Reward', input.id);
    const now = this.deps.clock.now();
    const row = await inTransaction(this.deps.dataSource, async (tx) => {
      const current = await this.repo.byId(tx, Number(input.id), true);
      if (!current) throw notFound('Reward', input.id);
      const ratios = input.tierRatios ?? Object.entries(current.tierRatios).map(([tier, ratio]) => ({ tier, ratio }));
      const write: RewardWrite = {
        name: input.name?.trim() ?? current.name,
        description: input.description === undefined ? current.description : input.description?.trim() || null,
        kind: current.kind,
        couponTemplateId: input.couponTemplateId ?? current.couponTemplateId,
        pointsPrice: input.pointsPrice ?? current.pointsPrice,
        tierRatios: ratiosByTier(ratios),
        stock: input.stock === undefined ? current.stock : input.stock,
        active: input.active ?? current.active,
        validFrom: input.validFrom === undefined ? current.validFrom : input.validFrom,
        validUntil: input.validUntil === undefined ? current.validUntil : input.validUntil,
      };
      this.check(write, ratios, current.exchanged);
      return this.repo.update(tx, current.id, write, now);
    });
    return this.view(row, null, now);
  }

  /**
   * The signed-in member exchanges points for a reward at their tier's price. The key is required:
   * the same key answers the stored exchange, the same key for another reward is
   * IDEMPOTENCY_KEY_REUSED. Refusals (REWARD_NOT_AVAILABLE, OUT_OF_STOCK, INSUFFICIENT_POINTS) change nothing.
   */
  async exchange(actor: Actor | null, input: ExchangeRewardInput): Promise<ExchangeResult> {
    const a = requireRole(actor, 'customer');
    if (!REWARD_ID.test(input.rewardId)) throw notFound('Reward', input.rewardId);
    return inTransaction(this.deps.dataSource, async (tx) => {
      const member = await this.memberService.lock(tx, a.id);
      if (!member || member.erasedAt) throw member ? notFound('Customer', a.id) : insufficientPoints(0, 1);
      const stored = await this.repo.exchangeByKey(tx, member.customerId, input.idempotencyKey);
      if (stored) {
        if (String(stored.rewardId) !== input.rewardId) throw idempotencyKeyReused();
        return { exchange: stored, balance: stored.balanceAfter, replayed: true };
      }
      const reward = await this.repo.byId(tx, Number(input.rewardId));
      if (!reward) throw notFound('Reward', input.rewardId);
      const now = this.deps.clock.now();
      const availability = rewardAvailability(reward, now);
      if (availability === 'OUT_OF_STOCK') throw outOfStock(); // fast path; takeOne below is what guarantees it
      if (availability !== 'AVAILABLE') throw rewardNotAvailable(availability);
      const points = priceForTier(reward.pointsPrice, reward.tierRatios, member.tier);
      const exchangeId = await this.repo.nextExchangeId(tx);
      const entry = await this.pointsLedger.debit(tx, 'REDEEM', {
        customerId: member.customerId,
        amount: points,
        reasonCode: 'REWARD',
        idempotencyKey: `reward:${member.customerId}:${input.idempotencyKey}`,
        sourceType: 'REWARD',
        sourceId: String(exchangeId),
        actor: a,
        note: reward.name,
      });
      if (!entry) throw new Error('exchange key written concurrently despite the member lock');
      const exchange = await this.repo.insertExchange(
        tx,
        {
          id: exchangeId,
          customerId: member.customerId,
          rewardId: reward.id,
          rewardName: reward.name,
          kind: reward.kind,
          couponTemplateId: reward.couponTemplateId,
          tier: member.tier,
          points,
          balanceAfter: entry.balanceAfter,
          entryId: entry.id,
          idempotencyKey: input.idempotencyKey,
        },
        now,
      );
      await this.deps.outbox.write(
        tx,
        envelope(
          'loyalty.reward_exchanged',
          member.customerId,
          {
            exchangeId: String(exchangeId),
            customerId: member.customerId,
            rewardId: String(reward.id),
            kind: reward.kind,
            couponTemplateId: reward.couponTemplateId,
            points,
            tier: member.tier,
            entryId: String(entry.id),
            exchangedAt: now.toISOString(),
          },
          { actor: a, occurredAt: now },
        ),
      );
      // last before commit: the reward row is what every exchanger of a burst waits for, so it is held
      // for one statement and the commit only; losing it here (sold out, or deactivated meanwhile)
      // rolls the debit and rows back
      if (!(await this.repo.takeOne(tx, reward.id, now))) throw this.refusal(await this.repo.byId(tx, reward.id), now);
      return { exchange, balance: entry.balanceAfter, replayed: false };
    });
  }

  /** A merged customer's exchanges move to the survivor. */
  moveTo(tx: Parameters<RewardRepository['moveTo']>[0], fromId: string, toId: string) {
    return this.repo.moveTo(tx, fromId, toId);
  }

  /** Why a reward could not be taken: OUT_OF_STOCK, or REWARD_NOT_AVAILABLE when an admin closed it meanwhile. */
  private refusal(reward: RewardEntity | null, now: Date) {
    const why = reward ? rewardAvailability(reward, now) : 'INACTIVE';
    return why === 'AVAILABLE' || why === 'OUT_OF_STOCK' ? outOfStock() : rewardNotAvailable(why);
  }

  private check(write: RewardWrite, ratios: readonly { tier: string; ratio: number }[], exchanged: number) {
    const problems = rewardProblems({ ...write, tierRatios: [...ratios] }, this.tierCodes, exchanged);
    if (problems.length) throw invalidReward(problems);
  }

  private cursorId(after: string | null | undefined): number | null {
    const key = decodeCursor(after);
    if (!key) return null;
    const id = String(key[0]);
    if (!REWARD_ID.test(id)) throw invalidReward([{ field: 'after', message: 'after is not a valid cursor' }]);
    return Number(id);
  }

  /** The tier of a customer's account (the survivor's for a merged customer; the base tier before loyalty saw them). */
  private async tierOf(customerId: string, members: MemberLoader): Promise<string> {
    const account = await this.memberService.accountOf(customerId, members);
    return (await members.load(account))?.tier ?? this.tierCodes[0];
  }

  private view(r: RewardEntity, tier: string | null, now: Date): RewardView {
    const tierPrices = this.tierCodes.map((code) => ({ tier: code, ratio: r.tierRatios[code] ?? 1, price: priceForTier(r.pointsPrice, r.tierRatios, code) }));
    return {
      ...r,
      price: tier ? priceForTier(r.pointsPrice, r.tierRatios, tier) : r.pointsPrice,
      tierPrices,
      remaining: remainingStock(r),
      availability: rewardAvailability(r, now),
    };
  }
}
