/** How close to the end (px) still counts as reading the latest message. */
const AT_END = 8;
/** How long after a wheel, touch, key or pointer press a scroll counts as the reader's (ms). */
const INTENT_MS = 1000;
/** Keys that scroll a focused scroller. */
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * Keeps a chat's scroller on its latest message while the reader is there: after each render,
 * and whenever the content grows on its own (an image loads, math is typeset, a component draws).
 * The reader scrolling up stops it; scrolling back to the end, or `toEnd()`, resumes it. Only the
 * scroller's own `scrollTop` is set: the host page never scrolls.
 */
export class FollowScroll {
  #scroller: HTMLElement | null = null;
  #content: Element | null = null;
  #following = true;
  #lastTop = 0;
  /** The scroller's scrollHeight when last read: a move up with no change in it was not ours. */
  #lastHeight = 0;
  #behind = false;
  /** Until when a scroll is taken as the reader's own (performance.now() ms). */
  #intentUntil = 0;
  #pointerDown = false;
  readonly #onIntent = (event: Event): void => {
    if (event instanceof KeyboardEvent && !SCROLL_KEYS.has(event.key)) return;
    if (event.type === 'pointerdown') this.#pointerDown = true;
    if (event.type === 'pointerup' || event.type === 'pointercancel') this.#pointerDown = false;
    this.#intentUntil = performance.now() + INTENT_MS;
  };
  readonly #observer = new ResizeObserver(() => this.stick());

  constructor(
    /** Whether following is on at all (the chat's `autoscroll`). */
    private readonly enabled: () => boolean,
    /** Told when the reader is away from the end or back at it (for the "latest" button). */
    private readonly onBehindChange: (behind: boolean) => void,
  ) {}

  /** Whether the reader is away from the latest message. */
  get behind(): boolean {
    return this.#behind;
  }

  /** Watches this scroller and the content inside it (call after each render). */
  attach(scroller: HTMLElement | null, content: Element | null): void {
    if (scroller !== this.#scroller) {
      this.#listen(this.#scroller, false);
      this.#scroller = scroller;
      this.#lastTop = scroller?.scrollTop ?? 0;
      this.#lastHeight = scroller?.scrollHeight ?? 0;
      this.#listen(scroller, true);
    }
    if (content !== this.#content) {
      if (this.#content) this.#observer.unobserve(this.#content);
      this.#content = content;
      if (content) this.#observer.observe(content);
    }
  }

  detach(): void {
    this.#observer.disconnect();
    this.#listen(this.#scroller, false);
    this.#content = null;
    this.#scroller = null;
  }

  /**
   * What the reader does to scroll. Content that shrinks and grows again (Markdown redrawn,
   * a component replacing its placeholder) moves the scroll position too; only a move the
   * reader made stops the following.
   */
  #listen(scroller: HTMLElement | null, on: boolean): void {
    if (!scroller) return;
    for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown', 'pointerup', 'pointercancel']) {
      if (on) scroller.addEventListener(type, this.#onIntent, { passive: true });
      else scroller.removeEventListener(type, this.#onIntent);
    }
  }

  get #readerScrolling(): boolean {
    return this.#pointerDown || performance.now() < this.#intentUntil;
  }

  #distance(scroller: HTMLElement): number {
    return scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
  }

  /**
   * Reads where the reader is: at the end (following), or moved up by their own hand (no longer
   * following). Called on scroll events and before each stick, since a growth can be noticed
   * between the reader's scroll and its event.
   */
  #read(scroller: HTMLElement): void {
    const top = scroller.scrollTop;
    const height = scroller.scrollHeight;
    if (this.#distance(scroller) <= AT_END) this.#following = true;
    // We only ever scroll down: a move up is the reader's while they scroll, and also when the
    // content kept its height (so no redraw moved it): keyboard focus or find-in-page bringing an
    // earlier message into view, a screen reader, a script. Following it back would snatch that
    // message away.
    else if (top < this.#lastTop - 1 && (this.#readerScrolling || height === this.#lastHeight))
      this.#following = false;
    this.#lastTop = top;
    this.#lastHeight = height;
  }

  /** The scroller's scroll event. */
  onScroll(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    this.#read(scroller);
    if (this.#following && !this.#readerScrolling) this.stick();
    else this.#setBehind(!this.#following && this.#distance(scroller) > AT_END);
  }

  /** After a render or a growth: back to the end if the reader is following. */
  stick(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    this.#read(scroller);
    if (this.#following && this.enabled()) {
      scroller.scrollTop = scroller.scrollHeight;
      this.#lastTop = scroller.scrollTop;
      this.#lastHeight = scroller.scrollHeight;
    }
    this.#setBehind(this.#distance(scroller) > AT_END && (!this.#following || !this.enabled()));
  }

  /** The "latest" button: to the end, and following again. */
  toEnd(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    this.#following = true;
    scroller.scrollTop = scroller.scrollHeight;
    this.#lastTop = scroller.scrollTop;
    this.#lastHeight = scroller.scrollHeight;
    this.#setBehind(false);
  }

  #setBehind(behind: boolean): void {
    if (behind === this.#behind) return;
    this.#behind = behind;
    this.onBehindChange(behind);
  }
}
