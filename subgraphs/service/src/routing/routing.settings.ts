/** Routing by skill: which loyalty tiers count as VIP (their tickets go to VIP-skilled agents when one is online). */
export interface RoutingSettings {
  vipTiers: string[];
}

export const DEFAULT_ROUTING: RoutingSettings = { vipTiers: ['DIAMOND'] };

/** Problems of the routing settings: VIP tiers must be known tiers. */
export function routingProblems(r: RoutingSettings, tiers: readonly string[]): string[] {
  return r.vipTiers.filter((t) => !tiers.includes(t)).map((t) => `routing.vipTiers: unknown tier ${t} (one of ${tiers.join(', ')})`);
}
