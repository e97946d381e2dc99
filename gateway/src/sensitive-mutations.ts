import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Mutations that move value or erase data (points, coupons, rewards, erasure and account deletion, merges and
 * unmerges, refunds, adjustments):
 * each may appear at most once in one operation, however aliased, so one request cannot run ten
 * redemptions side by side. The one list; a test checks every name is still a Mutation field.
 */
export const SENSITIVE_MUTATIONS: readonly string[] = [
  'adjustPoints',
  'redeemPoints',
  'claimCoupon',
  'issueCoupon',
  'redeemCoupon',
  'redeemCouponInStore',
  'eraseCustomer',
  'mergeCustomers',
  'unmergeCustomer',
  'refundOrder',
  'approveReturn',
  'exchangeReward',
  'requestAccountDeletion',
  'cancelAccountDeletion',
];

const SENSITIVE = new Set(SENSITIVE_MUTATIONS);

/** Root field names of a selection set, through inline fragments and (once each) fragment spreads. */
function rootFieldNames(set: SelectionSetNode, fragments: (name: string) => FragmentDefinitionNode | null | undefined, seen = new Set<string>()): string[] {
  return set.selections.flatMap((s) => {
    if (s.kind === Kind.FIELD) return [s.name.value];
    if (s.kind === Kind.INLINE_FRAGMENT) return rootFieldNames(s.selectionSet, fragments, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    const fragment = fragments(s.name.value);
    return fragment ? rootFieldNames(fragment.selectionSet, fragments, seen) : [];
  });
}

/** Validation rule: a sensitive mutation twice in one operation (aliases, fragments) is refused before anything runs. */
export function onceOnlyMutationsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      const counts = new Map<string, number>();
      for (const name of rootFieldNames(node.selectionSet, (n) => context.getFragment(n))) {
        if (SENSITIVE.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      for (const [name, count] of counts) {
        if (count > 1) context.reportError(new GraphQLError(`${name} may run at most once per operation; send one request per ${name}`, { nodes: node }));
      }
    },
  };
}
