import { css, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { registerStyles } from '../../src/base/style-registry.js';
import { icons } from './icons.js';

registerStyles(css`
  @layer gr.components {
    /* The block the user put in full screen: the Fullscreen API's top layer, or (where the page
       does not allow it, e.g. an iframe without allowfullscreen) a cover over the viewport. */
    .gr-fullscreen:fullscreen,
    .gr-fullscreen[data-expanded] {
      display: flex;
      flex-direction: column;
      width: 100%;
      height: 100%;
      max-width: none;
      max-height: none;
      margin: 0;
      overflow: auto;
      background: var(--block-background-fill, var(--background-fill-primary));
    }
    .gr-fullscreen[data-expanded] {
      position: fixed;
      inset: 0;
      z-index: 1000;
    }
    .gr-fullscreen:fullscreen > .block,
    .gr-fullscreen[data-expanded] > .block {
      flex: 1 1 auto;
      height: 100%;
      border-radius: 0;
    }
  }
`);

/**
 * Full screen for a media block, only when the user asks (the toolbar button): the Fullscreen
 * API on the block's own element, so the host page is left as it is and comes back unchanged
 * with Escape. Where the page does not allow it, the block covers the viewport until Escape or
 * the button again. The element gets the class `gr-fullscreen`; styles target `:fullscreen`
 * and `[data-expanded]`.
 */
export class FullscreenController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #expanded = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the block is full screen now (either way). */
  get active(): boolean {
    return this.#expanded || this.#isApiFullscreen();
  }

  #isApiFullscreen(): boolean {
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    return root.fullscreenElement === this.#host;
  }

  readonly #onChange = (): void => this.#host.requestUpdate();

  readonly #onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#expanded) {
      event.preventDefault();
      this.#setExpanded(false);
    }
  };

  hostConnected(): void {
    this.#host.classList.add('gr-fullscreen');
    document.addEventListener('fullscreenchange', this.#onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#onChange);
    this.#setExpanded(false);
    if (this.#isApiFullscreen()) void document.exitFullscreen().catch(() => undefined);
  }

  async toggle(): Promise<void> {
    if (this.active) return this.exit();
    if (document.fullscreenEnabled && this.#host.requestFullscreen) {
      try {
        await this.#host.requestFullscreen();
        return;
      } catch {
        // Refused (no user activation, a sandbox): cover the viewport instead.
      }
    }
    this.#setExpanded(true);
  }

  async exit(): Promise<void> {
    if (this.#expanded) this.#setExpanded(false);
    if (this.#isApiFullscreen()) await document.exitFullscreen().catch(() => undefined);
  }

  #setExpanded(on: boolean): void {
    if (this.#expanded === on) return;
    this.#expanded = on;
    this.#host.toggleAttribute('data-expanded', on);
    if (on) document.addEventListener('keydown', this.#onKey);
    else document.removeEventListener('keydown', this.#onKey);
    this.#host.requestUpdate();
  }

  /** The toolbar button: "Fullscreen", or "Exit fullscreen mode" while full screen (Gradio's names). */
  renderButton(): unknown {
    const on = this.active;
    const label = on ? 'Exit fullscreen mode' : 'Fullscreen';
    return html`<button
      type="button"
      class="icon-button"
      aria-label=${label}
      title=${label}
      @click=${() => void this.toggle()}
    >
      ${on ? icons.minimize : icons.maximize}
    </button>`;
  }
}
