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

  get(someClass: unknown): object {
    const instance = this.byClass.get(someClass);
    if (!instance) throw new Error(`no resolver instance was wired for ${(someClass as { name?: string }).name}`);
    return instance;
  }
}
