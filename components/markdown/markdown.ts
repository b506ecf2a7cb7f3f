import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { markdownStyles } from './markdown.styles.js';
import { renderMarkdown } from '../common/markdown/render-markdown.js';

/**
 * @summary Rendered Markdown for a Gradio `Markdown` block.
 * @event gr-click - The user clicked the text.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('markdown')
export class GrMarkdown extends GradioElement {
  static override css = markdownStyles;

  /** Markdown source. */
  @property() value: string | null = '';
  /** Sanitize HTML in the source. */
  @property({ type: Boolean, attribute: 'sanitize-html' }) sanitizeHtml = true;
  /** Turn single newlines into line breaks. */
  @property({ type: Boolean, attribute: 'line-breaks' }) lineBreaks = false;
  /** Right-to-left text. */
  @property({ type: Boolean }) rtl = false;
  /** Minimum height (px number or CSS length). */
  @property({ attribute: false }) minHeight: number | string | null = null;
  /** Maximum height before it scrolls. */
  @property({ attribute: false }) maxHeight: number | string | null = null;
  /** Padding around the text. */
  @property({ type: Boolean }) padding = false;

  override container = false;

  #html = '';
  #source: string | null = null;

  protected override renderContent(): unknown {
    const source = this.value ?? '';
    if (source !== this.#source) {
      this.#source = source;
      this.#html = renderMarkdown(source, { sanitize: this.sanitizeHtml, lineBreaks: this.lineBreaks });
    }
    const style = [
      this.minHeight !== null ? `min-height:${cssLength(this.minHeight)}` : '',
      this.maxHeight !== null ? `max-height:${cssLength(this.maxHeight)};overflow-y:auto` : '',
    ]
      .filter(Boolean)
      .join(';');
    return html`<div
      class="prose ${this.container ? 'block' : ''} ${this.padding ? 'padded' : ''}"
      dir=${this.rtl ? 'rtl' : 'ltr'}
      style=${style}
      @click=${() => this.emit('click')}
    >
      ${this.label && this.showLabel && this.container ? html`<span class="label">${this.label}</span>` : null}
      ${unsafeHTML(this.#html)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-markdown': GrMarkdown;
  }
}
