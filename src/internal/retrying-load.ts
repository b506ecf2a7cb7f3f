/**
 * A value loaded once and kept (a lazy chunk's module, or what is made from it). A failed load
 * is forgotten, so the next request tries again: a chunk that could not be fetched (a network
 * blip, a CDN deploy in between) is fetched anew, as the browser allows for a failed import().
 */
export class RetryingLoad<T> {
  readonly #load: () => Promise<T>;
  #pending: Promise<T> | null = null;

  constructor(load: () => Promise<T>) {
    this.#load = load;
  }

  /** The value, loading it now unless a load is under way or done. */
  get(): Promise<T> {
    this.#pending ??= this.#load().catch((error: unknown) => {
      this.#pending = null;
      throw error;
    });
    return this.#pending;
  }

  /** The load under way or done, without starting one. */
  get started(): Promise<T> | null {
    return this.#pending;
  }
}
