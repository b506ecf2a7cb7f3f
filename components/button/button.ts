import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { buttonStyles } from './button.styles.js';

/**
 * @summary A Gradio `Button` (also ClearButton and the other template buttons).
 * @event gr-click - The user pressed the button.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('button')
export class GrButton extends GradioElement {
  static override css = buttonStyles;

  /** The button's text. */
  @property() value: string | null = null;
  /** `primary`, `secondary`, `stop` or `huggingface`. */
  @property({ reflect: true }) variant = 'secondary';
  /** `sm`, `md` or `lg`. */
  @property({ reflect: true }) size = 'lg';
  /** A URL to open instead of running events. */
  @property() link: string | null = null;
  /** Where `link` opens. */
  @property({ attribute: 'link-target' }) linkTarget = '_self';
  /** An icon shown before the text. */
  @property({ attribute: false }) icon: { url?: string } | string | null = null;

  override interactive = true;

  #onClick(): void {
    if (this.link) {
      window.open(this.link, this.linkTarget, 'noopener');
      return;
    }
    this.emit('click');
  }

  /** As in Gradio, a button shows no progress of the events that write to it (its label may change). */
  protected override render(): TemplateResult {
    return html`${this.renderContent()}`;
  }

  protected override renderContent(): unknown {
    const icon = typeof this.icon === 'string' ? this.icon : this.icon?.url;
    return html`<button
      class="gr-button ${this.variant} ${this.size}"
      ?disabled=${!this.interactive}
      @click=${this.#onClick}
    >
      ${icon ? html`<img class="icon" src=${icon} alt="" />` : null}${this.value ?? ''}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-button': GrButton;
  }
}
