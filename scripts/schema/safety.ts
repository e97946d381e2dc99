import { buildSchema } from 'graphql';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';

/** A breaking change of the client-facing schema: where, and what graphql-inspector says about it. */
export interface BreakingChange {
  /** The schema coordinate (`Customer.coupons`, `Query.customer.id`), or the type name. */
  path: string;
  message: string;
}

/** The breaking changes from `baseline` to `current` (both SDL), as graphql-inspector judges them. */
export async function breakingChanges(baseline: string, current: string): Promise<BreakingChange[]> {
  const changes: Change[] = await diff(buildSchema(baseline), buildSchema(current));
  return changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .map((c) => ({ path: c.path ?? c.message, message: c.message }));
}

/**
 * The paths a CHANGELOG.md lists as accepted breaking changes: every backticked path at the start of a
 * bullet under `### Breaking` inside `## Unreleased` (README "Schema safety").
 */
export function acknowledgedPaths(changelog: string): Set<string> {
  const paths = new Set<string>();
  let unreleased = false;
  let breaking = false;
  for (const line of changelog.split('\n')) {
    if (/^## /.test(line)) unreleased = /^## Unreleased\b/i.test(line);
    if (/^#{2,3} /.test(line)) breaking = unreleased && /^### Breaking\b/i.test(line);
    const bullet = breaking ? /^\s*[-*] `([^`]+)`/.exec(line) : null;
    if (bullet) paths.add(bullet[1]);
  }
  return paths;
}

/** Breaking changes not listed in the changelog: what the schema-safety test reports. */
export async function unacknowledgedBreakingChanges(baseline: string, current: string, changelog: string): Promise<BreakingChange[]> {
  const listed = acknowledgedPaths(changelog);
  return (await breakingChanges(baseline, current)).filter((c) => !listed.has(c.path));
}
