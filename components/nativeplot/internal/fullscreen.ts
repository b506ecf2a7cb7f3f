import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Full screen for a chart, when the user asks: the Fullscreen API on the block's own element, so
 * the host page is left as it is; where the page does not allow it (an iframe without
 * allowfullscreen), the block covers the viewport until Escape or the button again, from the top
 * layer (a popover): `<gradio-app>` contains its layout, so a fixed position alone would only
 * cover the app.
 */
export class FullscreenController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #covering = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  get active(): boolean {
    return (
      this.#covering || (this.#host.getRootNode() as Document | ShadowRoot).fullscreenElement === this.#host
    );
  }

  readonly #onChange = (): void => this.#host.requestUpdate();
  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#covering) return;
    event.preventDefault();
    this.#cover(false);
  };

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.#onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#onChange);
    this.#cover(false);
  }

  async toggle(): Promise<void> {
    if (this.active) {
      if (this.#covering) this.#cover(false);
      else await document.exitFullscreen().catch(() => undefined);
      return;
    }
    try {
      if (!document.fullscreenEnabled) throw new Error('fullscreen not allowed');
      await this.#host.requestFullscreen();
    } catch {
      this.#cover(true);
    }
  }

  #cover(on: boolean): void {
    if (this.#covering === on) return;
    this.#covering = on;
    this.#host.toggleAttribute('data-covering', on);
    if (on) {
      this.#host.popover = 'manual';
      this.#host.showPopover();
    } else if (this.#host.popover) {
      if (this.#host.matches(':popover-open')) this.#host.hidePopover();
      this.#host.removeAttribute('popover');
    }
    if (on) document.addEventListener('keydown', this.#onKey);
    else document.removeEventListener('keydown', this.#onKey);
    this.#host.requestUpdate();
  }
}
