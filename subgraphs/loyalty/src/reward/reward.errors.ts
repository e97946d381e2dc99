import { badInput, DomainError } from '@member-graph/common/errors';
import type { RewardAvailability, RewardProblem } from './reward.rules';

/** A reward definition breaks a rule: every problem is listed, the first names the field. */
export const invalidReward = (problems: RewardProblem[]) =>
  badInput(problems.map((p) => p.message).join('; '), { field: problems[0].field, problems: problems.map((p) => ({ field: p.field, message: p.message })) });

/** Every unit of the reward's stock was exchanged. */
export const outOfStock = () => new DomainError('OUT_OF_STOCK', 'This reward is out of stock');

/** The reward is deactivated, not started yet or ended. */
export const rewardNotAvailable = (why: Exclude<RewardAvailability, 'AVAILABLE' | 'OUT_OF_STOCK'>) =>
  new DomainError('REWARD_NOT_AVAILABLE', `This reward cannot be exchanged now (${why})`, { reason: why });
