import type { BadgeDefinition } from '../badge/badge.definitions';
import type { TierDefinition } from '../tier/tier.definitions';

/** The earning rules an admin can change (the tier multipliers live in the tier table). */
export interface EarningRules {
  /** Base points per yuan paid (before the tier multiplier). */
  pointsPerYuan: number;
  /** Growth value per yuan paid. */
  growthPerYuan: number;
}

/** The part of the programme kept as data: one document per version, every replica reads the newest. */
export interface ProgrammeConfig {
  tiers: TierDefinition[];
  badges: BadgeDefinition[];
  earning: EarningRules;
}

/** One stored version of the programme, with who changed it, when and why. */
export interface ProgrammeVersion {
  version: number;
  config: ProgrammeConfig;
  actorId: string;
  actorRole: string;
  reason: string;
  createdAt: Date;
}

/** What services read: the programme in force on this replica (kept fresh by ProgrammeService). */
export interface ProgrammeView {
  current(): ProgrammeConfig;
}

/** The doorbell channel a programme change rings, so every replica re-reads the newest version. */
export const PROGRAMME_CHANNEL = 'loyalty_programme';

/** The seed of version 1: the tables and rates of the environment settings (README, LOYALTY_*). */
export function programmeFromSettings(s: { tiers: TierDefinition[]; badges: BadgeDefinition[]; pointsPerYuan: number; growthPerYuan: number }): ProgrammeConfig {
  return { tiers: s.tiers, badges: s.badges, earning: { pointsPerYuan: s.pointsPerYuan, growthPerYuan: s.growthPerYuan } };
}
