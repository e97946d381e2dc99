/** One recommended SKU. */
export interface Recommendation {
  sku: string;
  category: string | null;
  score: number;
  reason: 'ALSO_BOUGHT' | 'POPULAR';
}

/**
 * Cosine similarity of two items over customers' baskets: customers who bought both ÷ √(customers
 * who bought a × customers who bought b). 1 when the same customers bought both, 0 when none did.
 */
export function cosine(together: number, customersA: number, customersB: number): number {
  if (together <= 0 || customersA <= 0 || customersB <= 0) return 0;
  return together / Math.sqrt(customersA * customersB);
}

/**
 * A customer's list: personalised items first (best score, then SKU), then popular items the
 * customer has not bought and that are not listed yet, up to `first`.
 */
export function fillWithPopular(personal: Recommendation[], popular: Recommendation[], bought: ReadonlySet<string>, first: number): Recommendation[] {
  const list = [...personal].sort((a, b) => b.score - a.score || a.sku.localeCompare(b.sku)).slice(0, first);
  const seen = new Set(list.map((r) => r.sku));
  for (const p of popular) {
    if (list.length >= first) break;
    if (seen.has(p.sku) || bought.has(p.sku)) continue;
    list.push(p);
    seen.add(p.sku);
  }
  return list;
}
