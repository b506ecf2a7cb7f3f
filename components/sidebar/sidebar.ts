import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { sidebarStyles } from './sidebar.styles.js';

/** Below this app width the open sidebar covers the content instead of pushing it (Gradio: 768px). */
const PUSH_MIN_WIDTH = 768;

/**
 * @summary A Gradio `Sidebar`: a collapsible panel at the left or right edge of the app. Gradio fixes
 * it to the viewport; inside an embed it is a panel within the app's own area, which it pushes
 * aside while open when the app is wide enough.
 * @event gr-expand - The user opened it.
 * @event gr-collapse - The user closed it.
 * @cssproperty --gr-sidebar-width - The panel's width (from `width`).
 */
@block('sidebar')
export class GrSidebar extends GradioElement {
  static override css = sidebarStyles;
  static override userProps = ['open'];

  /** Whether the panel is out. */
  @property({ type: Boolean, reflect: true }) open = true;
  /** `left` or `right`. */
  @property({ reflect: true }) position = 'left';
  /** Panel width (px number or CSS length). */
  @property({ attribute: false }) width: number | string = 320;

  /** visible=False from the renderer; reactive here so the room it made is given back. */
  @property({ type: Boolean, reflect: true }) override hidden = false;

  #pushed: HTMLElement | null = null;
  #observed: HTMLElement | null = null;
  // The app's width decides between pushing the content and covering it.
  readonly #resize = new ResizeObserver(() => this.#push());

  #toggle(): void {
    this.open = !this.open;
    this.emit(this.open ? 'expand' : 'collapse');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const width = typeof this.width === 'number' ? `${this.width}px` : this.width;
    this.style.setProperty('--gr-sidebar-width', width);
    this.#push();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#observed = null;
    this.#unpush();
  }

  /** Makes room for the open panel in the app's layout, as Gradio pads the sidebar's parent. */
  #push(): void {
    this.#unpush();
    const parent = this.parentElement;
    if (parent !== this.#observed) {
      this.#resize.disconnect();
      if (parent) this.#resize.observe(parent, { box: 'border-box' });
      this.#observed = parent;
    }
    if (!parent || !this.open || this.hidden) return;
    if (parent.getBoundingClientRect().width < PUSH_MIN_WIDTH) return;
    const panel = this.querySelector<HTMLElement>(':scope > .sidebar');
    const amount = `${panel?.getBoundingClientRect().width ?? 0}px`;
    parent.style.setProperty(this.position === 'right' ? 'padding-right' : 'padding-left', amount);
    this.#pushed = parent;
  }

  #unpush(): void {
    this.#pushed?.style.removeProperty('padding-left');
    this.#pushed?.style.removeProperty('padding-right');
    this.#pushed = null;
  }

  protected override renderContent(): unknown {
    const content = `gr-${this.blockId}-sidebar`;
    return html`<div class="sidebar">
      <button
        type="button"
        class="toggle-button"
        aria-label="Toggle Sidebar"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${content}
        @click=${this.#toggle}
      >
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <div class="sidebar-content" id=${content} ?inert=${!this.open}>${this.renderChildren()}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-sidebar': GrSidebar;
  }
}
