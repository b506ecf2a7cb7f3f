import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { HLJSApi } from 'highlight.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { codeHtml, loadHighlighter, type CodeLanguage } from './internal/highlight.js';
import { parseDescription } from './internal/description.js';
import { paramviewerStyles } from './paramviewer.styles.js';

interface Param {
  readonly name: string;
  readonly type: string | null;
  readonly description: string | null;
  readonly default: string | null;
}

const text = (value: unknown, what: string): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`${what} is not text`);
};

/** `{name: {type, description, default}}` -> rows; throws on any other shape. */
export function readParams(value: unknown): Param[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error('expected {name: {type, description, default}}');
  return Object.entries(value as Record<string, unknown>).map(([name, doc]) => {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      throw new Error(`parameter "${name}" is not a {type, description, default} object`);
    const d = doc as Record<string, unknown>;
    return {
      name,
      type: text(d.type, `the type of "${name}"`),
      description: text(d.description, `the description of "${name}"`),
      default: text(d.default, `the default of "${name}"`),
    };
  });
}

/**
 * @summary A Gradio `ParamViewer`: a documentation table of parameters, one expandable row each
 * (name and type, default, description with links), code highlighted for `language` once a small
 * highlighter has loaded.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('paramviewer')
export class GrParamviewer extends GradioElement {
  static override css = paramviewerStyles;

  /** `{name: {type, description, default}}`. */
  @property({ attribute: false }) value: unknown = null;
  /** The language of types and defaults: `python` or `typescript`. */
  @property() language: CodeLanguage = 'python';
  /** Words in types and defaults that link to `#h-<word>`. */
  @property({ attribute: false }) linkify: readonly string[] | null = null;
  /** The title above the table, with the open-all toggle; null for none. */
  @property() header: string | null = 'Parameters';
  /** Each row gets an id and a link to it; a string prefixes the ids. */
  @property({ attribute: false }) anchorLinks: boolean | string = false;
  /** The table scrolls beyond this height (px number or CSS length). */
  @property({ attribute: false }) maxHeight: number | string | null = null;

  @state() private _hljs: HLJSApi | null = null;
  @state() private _allOpen = false;

  readonly #onHashChange = (): void => this.#openFromHash();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this._hljs && this.value && typeof this.value === 'object')
      loadHighlighter().then(
        (hljs) => (this._hljs = hljs),
        (error: unknown) => console.warn('[gradio-app] ParamViewer: the highlighter did not load', error),
      );
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Reading the page's address only: a link to a parameter opens its row.
    this.#openFromHash();
  }

  #slug(name: string): string {
    const prefix =
      typeof this.anchorLinks === 'string' && this.anchorLinks ? `param-${this.anchorLinks}-` : 'param-';
    return prefix + name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  }

  #openFromHash(): void {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id || !this.anchorLinks) return;
    const row = [...this.querySelectorAll<HTMLDetailsElement>('details.param')].find((d) => d.id === id);
    if (!row) return;
    row.open = true;
    row.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }

  #toggleAll(): void {
    this._allOpen = !this._allOpen;
    for (const row of this.querySelectorAll<HTMLDetailsElement>('details.param')) row.open = this._allOpen;
  }

  #code(code: string): unknown {
    return unsafeHTML(
      codeHtml(
        code,
        this.language === 'typescript' ? 'typescript' : 'python',
        this._hljs,
        this.linkify ?? [],
      ),
    );
  }

  #renderRow(param: Param): unknown {
    const id = this.anchorLinks ? this.#slug(param.name) : null;
    return html`<details class="param" id=${id ?? nothing}>
      <summary class="type">
        ${id ? html`<a href="#${id}" class="param-link" aria-label="Link to ${param.name}">🔗</a>` : nothing}
        <code class="language-${this.language}"
          >${param.name}${param.type ? html`: ${this.#code(param.type)}` : nothing}</code
        >
      </summary>
      ${
        param.default
          ? html`<div class="default ${param.description ? '' : 'last'}">
              <span class="default-label">default</span> <code>= ${this.#code(param.default)}</code>
            </div>`
          : nothing
      }
      ${
        param.description
          ? html`<div class="description">
              <p>
                ${parseDescription(param.description).map((part) =>
                  part.href
                    ? html`<a href=${part.href} target="_blank" rel="noopener noreferrer">${part.text}</a>`
                    : part.text,
                )}
              </p>
            </div>`
          : nothing
      }
    </details>`;
  }

  protected override renderContent(): unknown {
    const params = readParams(this.value);
    const headerId = `gr-${this.blockId}-header`;
    return html`<div
      class="paramviewer"
      role="region"
      aria-labelledby=${this.header !== null ? headerId : nothing}
      aria-label=${this.header === null ? 'Parameters' : nothing}
      style=${this.maxHeight !== null ? `max-height:${cssLength(this.maxHeight)}` : nothing}
    >
      <div class="header">
        ${this.header !== null ? html`<span class="title" id=${headerId}>${this.header}</span>` : html`<span></span>`}
        <button
          type="button"
          class="toggle-all"
          aria-label=${this._allOpen ? 'Close all parameters' : 'Open all parameters'}
          title=${this._allOpen ? 'Close All' : 'Open All'}
          @click=${this.#toggleAll}
        >
          ${this._allOpen ? '▲' : '▼'}
        </button>
      </div>
      <div class="param-content">${params.map((p) => this.#renderRow(p))}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-paramviewer': GrParamviewer;
  }
}
