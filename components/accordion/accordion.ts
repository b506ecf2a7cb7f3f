import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { accordionStyles } from './accordion.styles.js';

/**
 * @summary A Gradio `Accordion`: a labelled block whose content the user opens and closes. Closed
 * content stays in the DOM, hidden.
 * @event gr-expand - The user opened it.
 * @event gr-collapse - The user closed it.
 */
@block('accordion')
export class GrAccordion extends GradioElement {
  static override css = accordionStyles;
  static override userProps = ['open'];

  /** Whether the content shows. */
  @property({ type: Boolean, reflect: true }) open = true;
  /** Content height (px number or CSS length); the content scrolls beyond it. */
  @property({ attribute: false }) height: number | string | null = null;
  @property({ attribute: false }) maxHeight: number | string | null = null;

  #toggle(): void {
    this.open = !this.open;
    this.emit(this.open ? 'expand' : 'collapse');
  }

  protected override renderContent(): unknown {
    const header = `gr-${this.blockId}-header`;
    const content = `gr-${this.blockId}-content`;
    const scrollable = this.height !== null || this.maxHeight !== null;
    return html`<div class="block accordion">
      <button
        type="button"
        class="label-wrap ${this.open ? 'open' : ''}"
        id=${header}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${content}
        aria-label=${this.label ? nothing : 'Accordion'}
        @click=${this.#toggle}
      >
        <span class="label">${this.label ?? ''}</span>
        <span class="icon" aria-hidden="true">▼</span>
      </button>
      <div
        class="accordion-content ${scrollable ? 'scrollable' : ''}"
        id=${content}
        role="region"
        aria-labelledby=${header}
        ?hidden=${!this.open}
        style=${styleMap({ height: cssLength(this.height), 'max-height': cssLength(this.maxHeight) })}
      >
        <div class="column">${this.renderChildren()}</div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-accordion': GrAccordion;
  }
}
