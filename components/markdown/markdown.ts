import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { renderCopyButton } from '../common/copy-button.js';
import { customButtons, renderCustomButtons } from '../common/custom-buttons.js';
import { markdown, markdownSettled, type LatexDelimiter } from '../common/markdown/markdown.js';
import { markdownStyles } from './markdown.styles.js';

/** Gradio's default when an app names no delimiters: `$$…$$`, displayed. */
const DEFAULT_DELIMITERS: readonly LatexDelimiter[] = [{ left: '$$', right: '$$', display: true }];

/**
 * @summary Rendered Markdown for a Gradio `Markdown` block: GitHub-flavoured Markdown, LaTeX
 * through KaTeX, highlighted code with copy buttons, heading links, sanitized HTML.
 * @event gr-copy - The user copied the source with the copy button (`{value}`).
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
  /** Delimiters of the LaTeX to typeset; an empty list turns math off. */
  @property({ attribute: false }) latexDelimiters: readonly LatexDelimiter[] | null = DEFAULT_DELIMITERS;
  /** Headings get ids and a link icon. */
  @property({ type: Boolean, attribute: 'header-links' }) headerLinks = false;
  /** Right-to-left text. */
  @property({ type: Boolean }) rtl = false;
  /** Fixed height (px number or CSS length); longer text scrolls. */
  @property({ attribute: false }) height: number | string | null = null;
  /** Minimum height. */
  @property({ attribute: false }) minHeight: number | string | null = null;
  /** Maximum height before it scrolls. */
  @property({ attribute: false }) maxHeight: number | string | null = null;
  /** Padding around the text. */
  @property({ type: Boolean }) padding = false;
  /** 6.x toolbar buttons: `"copy"` copies the source. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;
  /** 5.x spelling of `buttons: ["copy"]`. */
  @property({ type: Boolean, attribute: 'show-copy-button' }) showCopyButton = false;

  override container = false;

  get #copyButton(): boolean {
    return this.showCopyButton || Boolean(this.buttons?.includes('copy'));
  }

  /** Also waits for the text to be final: math typeset, code highlighted. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await markdownSettled(this.querySelector('.md'));
    return done;
  }

  protected override renderContent(): unknown {
    if (this.value !== null && this.value !== undefined && typeof this.value !== 'string') {
      throw new TypeError('its value is not text');
    }
    // As Gradio: the old text fades while new text is on its way, unless progress is hidden.
    const dimmed = this.loadingStatus?.stage === 'pending' && this.loadingStatus.mode !== 'hidden';
    const scrolls = this.height !== null || this.maxHeight !== null;
    const box = styleMap({
      height: cssLength(this.height),
      'min-height': cssLength(this.minHeight),
      'max-height': cssLength(this.maxHeight),
      'overflow-y': scrolls ? 'auto' : undefined,
    });
    return html`<div
      class="block ${this.container ? '' : 'no-container'} ${this.padding ? 'padded' : ''} ${dimmed ? 'dimmed' : ''}"
      dir=${this.rtl ? 'rtl' : 'ltr'}
      style=${box}
    >
      ${
        this.#copyButton || customButtons(this.buttons).length
          ? html`<div class="icon-buttons">
              ${renderCustomButtons(this.buttons, (id) => this.emit('custom_button_click', { id }))}
              ${
                this.#copyButton
                  ? renderCopyButton(() => this.value ?? '', {
                      label: 'Copy',
                      onCopied: (value) => this.emit('copy', { value }),
                    })
                  : nothing
              }
            </div>`
          : nothing
      }
      <div
        class="md prose"
        ${markdown(this.value ?? '', {
          sanitize: this.sanitizeHtml,
          appTrusted: this.services?.appJs.trusted,
          lineBreaks: this.lineBreaks,
          latexDelimiters: this.latexDelimiters ?? DEFAULT_DELIMITERS,
          headerLinks: this.headerLinks,
        })}
      ></div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-markdown': GrMarkdown;
  }
}
