import type { DependencyConfig } from '../config/config-types.js';

/** Finds the dependencies an event starts, and the children a finished one chains to. */
export class DependencyIndex {
  readonly #byTrigger = new Map<string, DependencyConfig[]>();
  readonly #byId = new Map<number, DependencyConfig>();
  readonly #children = new Map<number, DependencyConfig[]>();

  constructor(dependencies: readonly DependencyConfig[]) {
    for (const dep of dependencies) this.#add(dep);
  }

  /** Swaps the listeners of one @gr.render block for the ones its latest run created. */
  replaceRendered(renderId: number, dependencies: readonly DependencyConfig[]): void {
    const kept = [...this.#byId.values()].filter((dep) => dep.renderedIn !== renderId);
    this.#byId.clear();
    this.#byTrigger.clear();
    this.#children.clear();
    for (const dep of [...kept, ...dependencies]) this.#add(dep);
  }

  #add(dep: DependencyConfig): void {
    this.#byId.set(dep.id, dep);
    if (dep.triggerAfter !== null) {
      const list = this.#children.get(dep.triggerAfter) ?? [];
      list.push(dep);
      this.#children.set(dep.triggerAfter, list);
    }
    for (const target of dep.targets) {
      if (target.id === null) continue;
      const key = `${target.event}-${target.id}`;
      const list = this.#byTrigger.get(key) ?? [];
      list.push(dep);
      this.#byTrigger.set(key, list);
    }
  }

  all(): IterableIterator<DependencyConfig> {
    return this.#byId.values();
  }

  get(id: number): DependencyConfig | undefined {
    return this.#byId.get(id);
  }

  /** Dependencies bound to `event` on block `targetId`, in config order. */
  triggered(targetId: number, event: string): readonly DependencyConfig[] {
    return this.#byTrigger.get(`${event}-${targetId}`) ?? [];
  }

  /** Every dependency listening for `event` on any block (e.g. `load`). */
  allFor(event: string): DependencyConfig[] {
    return [...this.#byId.values()].filter((dep) => dep.targets.some((t) => t.event === event));
  }

  /** Chained children of a finished dependency, filtered by how it ended. */
  children(parentId: number, outcome: 'success' | 'failure'): DependencyConfig[] {
    return (this.#children.get(parentId) ?? []).filter((child) =>
      outcome === 'success' ? !child.triggerOnlyOnFailure : !child.triggerOnlyOnSuccess,
    );
  }
}
