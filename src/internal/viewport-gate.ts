import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How near the viewport an embed must come before it loads anything, in px. */
const NEAR_PX = 200;
const NEAR = `${NEAR_PX}px`;
/** How near it must come before its connections are opened (no request is made). */
const APPROACHING = '1200px';

/**
 * Whether an element is rendered and lies within NEAR_PX of the viewport now. Checked as the gate
 * is armed (and by the entry before the element is even defined, src/loader.ts), so an embed in
 * view as the page loads starts at once, without waiting for an observer's first report (it
 * comes after the next frame has been drawn).
 */
export function nearViewport(element: Element): boolean {
  // display: none here or above (or no way to tell): the observer decides, once it is shown.
  if (!element.checkVisibility?.()) return false;
  const box = element.getBoundingClientRect();
  return (
    box.bottom > -NEAR_PX &&
    box.right > -NEAR_PX &&
    box.top < innerHeight + NEAR_PX &&
    box.left < innerWidth + NEAR_PX
  );
}

/**
 * Opens once, when the element comes near the viewport (or at once when eager), and calls
 * `open`. Until then nothing else runs: no request leaves the page for this embed.
 */
export class ViewportGate implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #open: () => void;
  readonly #approach: () => void;
  #observer: IntersectionObserver | null = null;
  #early: IntersectionObserver | null = null;
  #opened = false;

  /** `approach` runs once the element is within APPROACHING of the viewport, before `open`. */
  constructor(host: ReactiveControllerHost & HTMLElement, open: () => void, approach: () => void) {
    this.#host = host;
    this.#open = open;
    this.#approach = approach;
    host.addController(this);
  }

  get opened(): boolean {
    return this.#opened;
  }

  /** Starts watching; with `eager`, or when near the viewport already, opens right away. */
  arm(eager: boolean): void {
    if (this.#opened) return;
    if (eager) {
      this.#fire();
      return;
    }
    if (this.#observer) return;
    if (nearViewport(this.#host)) {
      this.#fire();
      return;
    }
    this.#observer = this.#watch(NEAR, () => this.#fire());
    this.#early = this.#watch(APPROACHING, () => {
      this.#early?.disconnect();
      this.#approach();
    });
  }

  #watch(rootMargin: string, then: () => void): IntersectionObserver {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) then();
      },
      { rootMargin },
    );
    observer.observe(this.#host);
    return observer;
  }

  /** Stops watching; a reconnected element arms the gate again and reopens if in view. */
  disarm(): void {
    this.#observer?.disconnect();
    this.#early?.disconnect();
    this.#observer = this.#early = null;
    this.#opened = false;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.disarm();
  }

  #fire(): void {
    this.#observer?.disconnect();
    this.#early?.disconnect();
    this.#observer = this.#early = null;
    this.#opened = true;
    // After the current update, so the element has rendered its loading screen first.
    queueMicrotask(this.#open);
  }
}
