import type { BlockProps, ComponentConfig } from '../config/config-types.js';
import type { BlockNode } from '../config/build-tree.js';
import type { LoadingStatus } from '../base/loading-status.js';

/** Who wrote a value: the user through a component, or the server (or app JS) through an event. */
export type ValueSource = 'user' | 'output';

type Listener = () => void;
type ValueListener = (id: number, value: unknown, source: ValueSource) => void;

/**
 * Values compare by content: Gradio values are JSON, and a re-sent equal value is no change.
 * Walks both values and stops at the first difference; parts that are the same object are equal
 * at once, so a streamed chat whose unchanged messages are shared costs little per chunk.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    // As in JSON, an undefined entry is null.
    return a.length === other.length && a.every((item, i) => sameValue(item ?? null, other[i] ?? null));
  }
  // As in JSON, a key holding undefined is no key.
  const keysOf = (o: object): string[] =>
    Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const keysA = keysOf(a);
  if (keysA.length !== keysOf(b).length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameValue(recordA[key], recordB[key]));
}

/**
 * Every block's props (value included) and status, by id, independent of element lifetimes:
 * hidden blocks, closed accordions and inactive tabs keep their values here.
 */
export class AppStore {
  readonly #props = new Map<number, BlockProps>();
  readonly #components = new Map<number, ComponentConfig>();
  readonly #children = new Map<number, readonly BlockNode[]>();
  readonly #status = new Map<number, LoadingStatus | null>();
  readonly #listeners = new Map<number, Set<Listener>>();
  readonly #valueListeners = new Set<ValueListener>();
  readonly #pending = new Map<number, Set<Promise<unknown>>>();

  constructor(components: Iterable<ComponentConfig> = []) {
    for (const component of components) this.add(component);
  }

  /** Adds or replaces a block (initial config, or blocks from a @gr.render run). */
  add(component: ComponentConfig): void {
    this.#props.set(component.id, { ...component.props });
    this.#components.set(component.id, component);
    this.#notify(component.id);
  }

  remove(id: number): void {
    this.#props.delete(id);
    this.#components.delete(id);
    this.#status.delete(id);
    this.#children.delete(id);
  }

  has(id: number): boolean {
    return this.#props.has(id);
  }

  /** The block's config entry as it was added (type, key, render block). */
  component(id: number): ComponentConfig | undefined {
    return this.#components.get(id);
  }

  /** Every block id the store holds. */
  ids(): IterableIterator<number> {
    return this.#props.keys();
  }

  /** A container's children when they changed after load (@gr.render); else undefined. */
  children(id: number): readonly BlockNode[] | undefined {
    return this.#children.get(id);
  }

  setChildren(id: number, children: readonly BlockNode[]): void {
    this.#children.set(id, children);
    this.#notify(id);
  }

  props(id: number): Readonly<BlockProps> {
    return this.#props.get(id) ?? {};
  }

  value(id: number): unknown {
    return this.#props.get(id)?.value ?? null;
  }

  /** Writes a value; returns whether it changed. Listeners hear only real changes. */
  setValue(id: number, value: unknown, source: ValueSource): boolean {
    const props = this.#props.get(id);
    if (!props) return false;
    if (sameValue(props.value, value)) return false;
    this.#props.set(id, { ...props, value });
    this.#notify(id);
    for (const listener of this.#valueListeners) listener(id, value, source);
    return true;
  }

  /** Merges props (not value; use setValue for that so change events see it). */
  patch(id: number, partial: BlockProps): void {
    const props = this.#props.get(id);
    if (!props) return;
    this.#props.set(id, { ...props, ...partial });
    this.#notify(id);
  }

  status(id: number): LoadingStatus | null {
    return this.#status.get(id) ?? null;
  }

  setStatus(id: number, status: LoadingStatus | null): void {
    if (!this.#props.has(id)) return;
    this.#status.set(id, status);
    this.#notify(id);
  }

  /**
   * Marks a block's value as on its way (a file uploading): events that take it as an input
   * wait for it, as Gradio's own frontend does, instead of sending the value it had before.
   */
  trackPending(id: number, work: Promise<unknown>): void {
    let set = this.#pending.get(id);
    if (!set) this.#pending.set(id, (set = new Set()));
    set.add(work);
    const done = (): void => {
      set.delete(work);
      if (!set.size) this.#pending.delete(id);
    };
    work.then(done, done);
  }

  /**
   * Null when no block among `ids` has pending work (callers go on at once, in the same task);
   * else resolves once none has, and the component that did the work has had its turn to write
   * the result (it hears of it first, in a later task).
   */
  settled(ids: readonly number[]): Promise<void> | null {
    const waits = ids.flatMap((id) => [...(this.#pending.get(id) ?? [])]);
    if (!waits.length) return null;
    return Promise.allSettled(waits)
      .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
      .then(() => this.settled(ids) ?? undefined);
  }

  /** Calls `listener` whenever the block's props or status change. Returns the unsubscribe. */
  subscribe(id: number, listener: Listener): () => void {
    let set = this.#listeners.get(id);
    if (!set) this.#listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Hears every value change, with who made it; the engine turns them into `change` events. */
  onValueChange(listener: ValueListener): () => void {
    this.#valueListeners.add(listener);
    return () => this.#valueListeners.delete(listener);
  }

  #notify(id: number): void {
    const set = this.#listeners.get(id);
    if (set) for (const listener of [...set]) listener();
  }
}
