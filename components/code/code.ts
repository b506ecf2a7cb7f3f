import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { renderValueError } from '../../src/base/block-title.js';
import { renderCopyButton } from '../common/copy-button.js';
import { customButtons, renderCustomButtons } from '../common/custom-buttons.js';
import { icons } from '../common/icons.js';
import { codeStyles } from './code.styles.js';
import type { CodeEditor, EditorSettings } from './internal/editor.js';

/** File extensions for the download button, by Gradio language name (as Gradio names files). */
const EXTENSIONS: Record<string, string> = {
  py: 'py',
  python: 'py',
  md: 'md',
  markdown: 'md',
  json: 'json',
  html: 'html',
  css: 'css',
  js: 'js',
  javascript: 'js',
  ts: 'ts',
  typescript: 'ts',
  yaml: 'yaml',
  yml: 'yml',
  dockerfile: 'dockerfile',
  sh: 'sh',
  shell: 'sh',
  r: 'r',
  c: 'c',
  cpp: 'cpp',
  latex: 'tex',
};

/** The toolbar a 4.x / 5.x Code block always shows, and a 6.x one by default. */
const DEFAULT_BUTTONS = ['copy', 'download'];

/**
 * @summary Code editor (interactive) or highlighted code (static) for a Gradio `Code` block,
 * with CodeMirror 6 loaded on first use and each language's grammar loaded on its own.
 * @event gr-input - The user edited the code.
 * @event gr-change - The code changed through the user.
 * @event gr-focus - The editor gained focus.
 * @event gr-blur - The editor lost focus.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('code')
export class GrCode extends GradioElement {
  static override css = codeStyles;

  /** The code. */
  @property() value: string | null = '';
  /** A name from `gr.Code.languages` (python, sql-pgSQL, ...); null for plain text. */
  @property() language: string | null = null;
  /** Minimum visible lines. */
  @property({ type: Number }) lines = 5;
  /** Visible lines before the editor scrolls; null grows with the code. */
  @property({ type: Number, attribute: 'max-lines' }) maxLines: number | null = null;
  /** Wrap long lines instead of scrolling sideways. */
  @property({ type: Boolean, attribute: 'wrap-lines' }) wrapLines = false;
  /** Show the line-number gutter. */
  @property({ type: Boolean, attribute: 'show-line-numbers' }) showLineNumbers = true;
  /** Offer completions from the language while typing. */
  @property({ type: Boolean }) autocomplete = false;
  /** Toolbar buttons: `copy`, `download`, and the app's own gr.Button entries. */
  @property({ attribute: false }) buttons: readonly unknown[] | null = null;

  /** Whether CodeMirror is in place (until then the code shows as plain preformatted text). */
  @state() private editorReady = false;

  #editor: CodeEditor | null = null;
  #loading: Promise<void> | null = null;

  /** The editor, once loaded (tests and the e2e harness read it). */
  get editor(): CodeEditor | null {
    return this.#editor;
  }

  get #text(): string {
    return typeof this.value === 'string' ? this.value : '';
  }

  get #isEmptyOutput(): boolean {
    return !this.value && !this.interactive;
  }

  get #settings(): EditorSettings {
    return {
      readonly: !this.interactive,
      language: this.language,
      wrapLines: this.wrapLines,
      showLineNumbers: this.showLineNumbers,
      autocomplete: this.autocomplete,
      label: this.label || 'Code',
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const host = this.querySelector<HTMLElement>('.codemirror-wrapper');
    if (this.#editor && this.#editor.view.dom.parentElement !== host) this.#dropEditor();
    if (!host) return;
    if (!this.#editor) {
      void this.#mountEditor(host);
      return;
    }
    this.#editor.setText(this.#text);
    this.#editor.update(this.#settings);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dropEditor();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM (a re-render elsewhere): the next update mounts a fresh editor.
    if (this.hasUpdated) this.requestUpdate();
  }

  #dropEditor(): void {
    this.#editor?.destroy();
    this.#editor = null;
    this.editorReady = false;
  }

  #mountEditor(host: HTMLElement): Promise<void> {
    this.#loading ??= (async () => {
      try {
        const { CodeEditor } = await import('./internal/editor.js');
        const root = this.getRootNode();
        if (!host.isConnected || this.#editor) return;
        this.#editor = new CodeEditor({
          ...this.#settings,
          parent: host,
          root: root instanceof ShadowRoot ? root : document,
          doc: this.#text,
          onUserChange: (text) => {
            this.value = text;
            this.emit('input');
            this.emit('change');
          },
          onFocus: () => this.emit('focus'),
          onBlur: () => this.emit('blur'),
        });
        this.editorReady = true;
      } finally {
        this.#loading = null;
      }
    })();
    return this.#loading;
  }

  #download(): void {
    const ext = EXTENSIONS[this.language ?? ''] ?? 'txt';
    const url = URL.createObjectURL(new Blob([this.#text]));
    const link = document.createElement('a');
    link.href = url;
    link.download = `file.${ext}`;
    link.hidden = true;
    // Clicked from inside the app's root, never from the host document's body.
    this.append(link);
    link.click();
    link.remove();
    // Revoked later: a download still starting would lose its source.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }

  #renderToolbar(): unknown {
    const buttons = this.buttons ?? DEFAULT_BUTTONS;
    const download = buttons.includes('download');
    const copy = buttons.includes('copy');
    if (!download && !copy && !customButtons(buttons).length) return nothing;
    return html`<div class="icon-buttons">
      ${renderCustomButtons(buttons, (id) => this.emit('custom_button_click', { id }))}
      ${
        download
          ? html`<button
              type="button"
              class="icon-button"
              aria-label="Download"
              title="Download"
              @click=${() => this.#download()}
            >
              ${icons.download}
            </button>`
          : nothing
      }
      ${copy ? renderCopyButton(() => this.#text) : nothing}
    </div>`;
  }

  protected override renderContent(): unknown {
    const label = this.label || 'Code';
    const badge = this.showLabel
      ? html`<span class="block-label code-label">${icons.code}<span>${label}</span></span>`
      : nothing;
    const bad = this.value !== null && this.value !== undefined && typeof this.value !== 'string';
    let body: unknown;
    if (bad) {
      body = renderValueError(`A Code block shows text; it got ${JSON.stringify(this.value)}.`);
    } else if (this.#isEmptyOutput) {
      body = html`<div class="empty" aria-label="Empty value">${icons.code}</div>`;
    } else {
      const sizing = {
        '--_min-lines': String(this.lines === 1 ? 1 : this.lines + 1),
        '--_max-height': this.maxLines ? `calc(${this.maxLines + 1} * 1.4em)` : null,
      };
      body = html`${this.#renderToolbar()}
        <div class="code-body" style=${styleMap(sizing)}>
          ${
            this.editorReady
              ? nothing
              : html`<pre class="code-fallback" aria-label=${label}>${this.#text}</pre>`
          }
          <div class="codemirror-wrapper"></div>
        </div>`;
    }
    return html`<div class="block ${this.container ? '' : 'no-container'} ${this.maxLines ? 'fit' : ''}">
      ${badge}${body}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-code': GrCode;
  }
}
