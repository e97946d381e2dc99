import type { ContainerType } from 'type-graphql';

/**
 * type-graphql's `container`: hands out the resolver instances the composition root built, each with
 * exactly the services it uses (constructor parameters), instead of a bag of every service on the context.
 */
export class ResolverContainer implements ContainerType {
  private readonly byClass = new Map<unknown, object>();

  constructor(instances: object[]) {
    for (const instance of instances) this.byClass.set(instance.constructor, instance);
  }

  /** Fails at start-up, naming them, when any of `classes` has no wired instance (instead of at its first query). */
  requireAll(classes: readonly Function[]): this {
    const missing = classes.filter((c) => !this.byClass.has(c));
    if (missing.length) throw new Error(`resolvers not wired: ${missing.map((c) => c.name).join(', ')}`);
    return this;
  }

  get(someClass: unknown): object {
    const instance = this.byClass.get(someClass);
    if (!instance) throw new Error(`no resolver instance was wired for ${(someClass as { name?: string }).name}`);
    return instance;
  }
}
