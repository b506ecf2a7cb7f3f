import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How near the viewport an embed must come before it loads anything. */
const NEAR = '200px';

/**
 * Opens once, when the element comes near the viewport (or at once when eager), and calls
 * `open`. Until then nothing else runs: no request leaves the page for this embed.
 */
export class ViewportGate implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #open: () => void;
  #observer: IntersectionObserver | null = null;
  #opened = false;

  constructor(host: ReactiveControllerHost & HTMLElement, open: () => void) {
    this.#host = host;
    this.#open = open;
    host.addController(this);
  }

  get opened(): boolean {
    return this.#opened;
  }

  /** Starts watching; with `eager`, opens right away. */
  arm(eager: boolean): void {
    if (this.#opened) return;
    if (eager) {
      this.#fire();
      return;
    }
    if (this.#observer) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#fire();
      },
      { rootMargin: NEAR },
    );
    this.#observer.observe(this.#host);
  }

  /** Stops watching; a reconnected element arms the gate again and reopens if in view. */
  disarm(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#opened = false;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.disarm();
  }

  #fire(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#opened = true;
    // After the current update, so the element has rendered its loading screen first.
    queueMicrotask(this.#open);
  }
}
