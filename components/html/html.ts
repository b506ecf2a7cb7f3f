import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { createRef, ref } from 'lit/directives/ref.js';
import { GradioElement } from '../../src/base/gradio-element.js';
import { block } from '../../src/base/block.js';
import { cssLength } from '../../src/base/css-length.js';
import { icons } from '../common/icons.js';
import { htmlStyles } from './html.styles.js';
import { renderHandlebars } from './internal/handlebars.js';
import { morphChildren } from './internal/morph.js';
import { scopeCss } from './internal/scope-css.js';
import { codeFreeHtml } from '../common/app-html.js';

/** gr.HTML's default `js_on_load` (6.x): a click anywhere in the block reports `click`. */
const DEFAULT_JS_ON_LOAD = "element.addEventListener('click', function() { trigger('click') });";

/**
 * Handlebars output goes on into a JS template literal (Gradio's second pass). A value written
 * by a mustache must stay text there: its backslashes, backticks and `${` are escaped, so data
 * never becomes code (in Gradio a prop holding `${...}` would run).
 */
const literalSafe = (text: string): string => text.replace(/[\\`]|\$\{/g, (m) => `\\${m}`);

let instances = 0;

/** A render of the templates, applied to the DOM after Lit's update. */
interface Rendered {
  html: string;
  pre: string;
  post: string;
  css: string;
}

/**
 * @summary Arbitrary HTML for a Gradio `HTML` block: its value, or its `html_template` with
 * props (Handlebars, then a JS template literal, as Gradio renders it), a `css_template` scoped
 * to the block, and `js_on_load` with Gradio's API (`element`, `trigger`, `props`, `server`,
 * `upload`, `watch`).
 * @event gr-click - The user clicked the block (the default `js_on_load`), or its JS said so.
 * @event gr-change - Its JS set `props.value`.
 * @event gr-<name> - Its JS called `trigger(name, data)`.
 * @cssstate pending - A dependency that outputs here is running.
 */
@block('html')
export class GrHtml extends GradioElement {
  static override css = htmlStyles;

  /** The value: the HTML itself, or what `${value}` in the template shows. */
  @property({ attribute: false }) value: unknown = '';
  /** Handlebars and JS template literal; `${value}` and the props fill it in. */
  @property({ attribute: false }) htmlTemplate = '${value}';
  /** CSS for this block only, templated like the HTML. */
  @property({ attribute: false }) cssTemplate = '';
  /** Runs once when the block is on screen. */
  @property({ attribute: false }) jsOnLoad: string | null = DEFAULT_JS_ON_LOAD;
  /** Gradio's typography and form styles on the content. */
  @property({ type: Boolean, attribute: 'apply-default-css' }) applyDefaultCss = true;
  /** Script and stylesheet tags `js_on_load` needs (loaded only with the host's allow_head). */
  @property({ attribute: false }) head: string | null = null;
  /** Minimum height (px number or CSS length). */
  @property({ attribute: false }) minHeight: number | string | null = null;
  /** Maximum height before the content scrolls. */
  @property({ attribute: false }) maxHeight: number | string | null = null;
  /** Padding inside the container. */
  @property({ type: Boolean }) padding = false;
  /** Keep the content scrolled to its end as it grows (inside max_height). */
  @property({ type: Boolean }) autoscroll = false;
  /** The extra keyword arguments of gr.HTML(...), seen by the templates and `js_on_load`. */
  @property({ attribute: false }) props: Readonly<Record<string, unknown>> | null = null;
  /** Names of the block's server functions (`server.<name>(...)` in `js_on_load`). */
  @property({ attribute: false }) serverFns: readonly string[] | null = null;
  /** The Python class, for error messages of custom gr.HTML subclasses. */
  @property({ attribute: false }) componentClassName = 'HTML';

  override container = false;
  override showLabel = false;

  readonly #content = createRef<HTMLElement>();
  readonly #pre = createRef<HTMLElement>();
  readonly #post = createRef<HTMLElement>();
  /**
   * The css_template's rules, adopted into the app's root (not a <style> element: a strict CSP
   * without style-src-elem 'unsafe-inline' would block that one).
   */
  #sheet: CSSStyleSheet | null = null;
  #sheetRoot: ShadowRoot | Document | null = null;
  #sheetCss = '';
  readonly #scroller = createRef<HTMLElement>();
  readonly #contentId = `gr-html-${++instances}`;

  /** What the templates and `js_on_load` see as `props`; JS writes to it through #proxy. */
  #scope: Record<string, unknown> = {};
  #proxy: Record<string, unknown> | null = null;
  #dirty = true;
  #rendered: Rendered | null = null;
  #appliedFrom: Rendered | null = null;
  #applied: HTMLElement | null = null;
  #error: string | null = null;
  #watchers: { keys: string[]; callback: () => void }[] = [];
  #changedKeys: string[] = [];
  #loaded = false;
  /** Counts template renders, so a sandboxed evaluation that comes back late is dropped. */
  #generation = 0;

  /** Whether the template places the block's children (`with gr.HTML(...):` and `@children`). */
  get #hasChildren(): boolean {
    return this.htmlTemplate.includes('@children') && this.blocks.length > 0;
  }

  /** The block's props as its templates see them (`value`, `label`, `visible`, `props=`). */
  #incoming(): Record<string, unknown> {
    const extra = { ...(this.props ?? {}) };
    delete extra.__type__;
    return { value: this.value ?? '', label: this.label, visible: !this.hidden, ...extra };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      this.#scope = structuredCloneSafe(this.#incoming());
    } else if (changed.has('value') || changed.has('label') || changed.has('props')) {
      // A key that leaves `props` keeps its last value, as in Gradio.
      for (const [key, next] of Object.entries(this.#incoming())) {
        if (JSON.stringify(this.#scope[key]) === JSON.stringify(next)) continue;
        this.#scope[key] = structuredCloneSafe(next);
        this.#changedKeys.push(key);
        this.#dirty = true;
      }
    }
    if (changed.has('htmlTemplate') || changed.has('cssTemplate') || changed.has('blocks'))
      this.#dirty = true;
    if (this.#dirty) this.#renderTemplates();
  }

  #template(source: string, what: 'html' | 'css'): string | Promise<string> {
    const services = this.services;
    if (!services) throw new Error('the block has no app services');
    const text = renderHandlebars(source, this.#scope, { output: literalSafe });
    const failed = (error: unknown): Error =>
      new Error(`${(error as Error).message} (in ${what}_template)`, { cause: error });
    let value: string | Promise<string>;
    try {
      value = services.appJs.templateLiteral(text, this.#scope);
    } catch (error) {
      throw failed(error);
    }
    // A literal with code, for an app the host has not trusted, is evaluated in a sandbox.
    return typeof value === 'string'
      ? value
      : value.catch((error: unknown) => {
          throw failed(error);
        });
  }

  #renderTemplates(): void {
    this.#dirty = false;
    const generation = ++this.#generation;
    try {
      const parts: (string | Promise<string>)[] = [];
      if (this.#hasChildren) {
        const at = this.htmlTemplate.indexOf('@children');
        parts.push(this.#template(this.htmlTemplate.slice(0, at), 'html'));
        parts.push(this.#template(this.htmlTemplate.slice(at + '@children'.length), 'html'));
        parts.push('');
      } else {
        parts.push('', '', this.#template(this.htmlTemplate, 'html'));
      }
      parts.push(this.#template(this.cssTemplate, 'css'));
      if (parts.every((part): part is string => typeof part === 'string')) {
        this.#setRendered(parts);
        return;
      }
      Promise.all(parts).then(
        (done) => {
          if (generation !== this.#generation) return;
          this.#setRendered(done);
          this.requestUpdate();
        },
        (error: unknown) => {
          if (generation !== this.#generation) return;
          this.#failed(error);
          this.requestUpdate();
        },
      );
    } catch (error) {
      this.#failed(error);
    }
  }

  /** The rendered templates: pre, post, full html, css. */
  #setRendered([pre, post, full, css]: string[]): void {
    // Unless the host trusts the app, its HTML is shown without its code.
    const shown = (markup: string): string =>
      this.services?.appJs.trusted === false ? codeFreeHtml(markup) : markup;
    this.#rendered = {
      html: shown(full!),
      pre: shown(pre!),
      post: shown(post!),
      css: scopeCss(css!, this.#contentId),
    };
    this.#error = null;
  }

  #failed(error: unknown): void {
    console.error(`[gradio-app] Error rendering ${this.componentClassName}:`, error);
    this.#error = (error as Error).message;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const content = this.#content.value;
    if (!content || !this.#rendered) return;
    if (this.#applied !== content || this.#rendered !== this.#appliedFrom) this.#applyRendered(content);
    if (!this.#loaded) {
      this.#loaded = true;
      void this.#runOnLoad(content);
    }
    if (this.#changedKeys.length) {
      const keys = this.#changedKeys;
      this.#changedKeys = [];
      queueMicrotask(() => this.#fireWatchers(keys));
    }
  }

  #applyRendered(content: HTMLElement): void {
    const rendered = this.#rendered!;
    const scroller = this.#scroller.value;
    const atEnd = scroller
      ? scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 100
      : false;
    if (this.#hasChildren) {
      if (this.#pre.value) morphChildren(this.#pre.value, rendered.pre);
      if (this.#post.value) morphChildren(this.#post.value, rendered.post);
    } else {
      morphChildren(content, rendered.html);
    }
    this.#applyCss(rendered.css);
    this.#applied = content;
    this.#appliedFrom = rendered;
    // Only the block's own scroll box follows its end; the host page's scroll is never moved.
    if (this.autoscroll && scroller && atEnd) scroller.scrollTop = scroller.scrollHeight;
  }

  #applyCss(css: string): void {
    const root = this.getRootNode();
    if (!css || !(root instanceof ShadowRoot || root instanceof Document)) {
      this.#dropSheet();
      return;
    }
    if (this.#sheetRoot !== root) this.#dropSheet();
    this.#sheet ??= new CSSStyleSheet();
    if (this.#sheetCss !== css) {
      this.#sheet.replaceSync(css);
      this.#sheetCss = css;
    }
    if (!root.adoptedStyleSheets.includes(this.#sheet)) {
      // Ahead of the shared sheets, where the style registry keeps sheets it did not place.
      root.adoptedStyleSheets = [this.#sheet, ...root.adoptedStyleSheets];
    }
    this.#sheetRoot = root;
  }

  #dropSheet(): void {
    const root = this.#sheetRoot;
    if (root && this.#sheet)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    this.#sheetRoot = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#appliedFrom) this.#applyCss(this.#appliedFrom.css);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dropSheet();
  }

  /** The `props` object `js_on_load` gets: writes re-render, and `value` reports a change. */
  #props(): Record<string, unknown> {
    this.#proxy ??= new Proxy(this.#scope, {
      set: (target, key, next) => {
        if (typeof key !== 'string') return Reflect.set(target, key, next);
        const before = target[key];
        target[key] = next;
        if (before === next) return true;
        this.#dirty = true;
        this.requestUpdate();
        if (key === 'value') {
          this.value = next;
          this.emit('change');
        } else if (key === 'label') {
          this.label = next as string | null;
        } else if (key === 'visible') {
          this.hidden = next === false;
        }
        return true;
      },
    });
    return this.#proxy;
  }

  #server(): Record<string, (...args: unknown[]) => Promise<unknown>> {
    const server: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const name of this.serverFns ?? []) {
      server[name] = (...args) => {
        if (!this.services) return Promise.reject(new Error('the block has no app services'));
        // As Gradio sends them: one argument as itself, several as a list.
        return this.services.callServerFunction(this.blockId, name, args.length === 1 ? args[0] : args);
      };
    }
    return server;
  }

  #fireWatchers(keys: string[]): void {
    for (const watcher of this.#watchers) {
      if (!watcher.keys.some((key) => keys.includes(key))) continue;
      try {
        watcher.callback();
      } catch (error) {
        console.error('[gradio-app] Error in a gr.HTML watch callback:', error);
      }
    }
  }

  async #runOnLoad(element: HTMLElement): Promise<void> {
    const services = this.services;
    if (!services) return;
    if (this.head) await services.appJs.loadHead(this.head);
    const source = this.jsOnLoad;
    if (!source || !element.isConnected) return;
    const trigger = (event: string, data: unknown = {}): void => this.emit(event, data);
    if (source === DEFAULT_JS_ON_LOAD) {
      // Gradio's default, done without evaluating code (pages with a strict CSP keep clicks, and
      // so does an app the host has not trusted with its page).
      element.addEventListener('click', () => trigger('click'));
      return;
    }
    try {
      services.appJs.run(source, {
        element,
        trigger,
        props: this.#props(),
        server: this.#server(),
        upload: async (file: File): Promise<{ path: string; url: string }> => {
          const [data] = await services.upload([file]);
          if (!data) throw new Error('Upload failed');
          return { path: data.path, url: data.url ?? services.fileUrl(data) ?? '' };
        },
        watch: (keys: string | string[], callback: () => void): void => {
          this.#watchers.push({ keys: Array.isArray(keys) ? keys : [keys], callback });
        },
      });
    } catch (error) {
      console.error(`[gradio-app] Error executing js_on_load of ${this.componentClassName}:`, error);
    }
  }

  protected override renderContent(): unknown {
    const hasChildren = this.#hasChildren;
    const pending = this.loadingStatus?.stage === 'pending' && this.loadingStatus.mode !== 'hidden';
    const style = [
      this.minHeight !== null && !pending ? `min-height:${cssLength(this.minHeight)}` : '',
      this.maxHeight !== null ? `max-height:${cssLength(this.maxHeight)};overflow-y:auto` : '',
    ]
      .filter(Boolean)
      .join(';');
    const prose = this.applyDefaultCss ? 'prose gradio-style' : '';
    const contentClasses = classMap({
      'html-content': true,
      prose: this.applyDefaultCss && !hasChildren,
      'gradio-style': this.applyDefaultCss && !hasChildren,
      'has-children': hasChildren,
    });
    // Lit never writes inside the content (or pre / post) element: the rendered template is
    // merged in by hand, so what js_on_load added or holds on to stays.
    const content = hasChildren
      ? html`<div
          id=${this.#contentId}
          class=${contentClasses}
          ?hidden=${this.#error !== null}
          ${ref(this.#content)}
        >
          <div class="html-part ${prose}" ${ref(this.#pre)}></div>
          ${this.renderChildren()}
          <div class="html-part ${prose}" ${ref(this.#post)}></div>
        </div>`
      : html`<div
          id=${this.#contentId}
          class=${contentClasses}
          ?hidden=${this.#error !== null}
          ${ref(this.#content)}
        ></div>`;
    return html`<div class="block ${this.container ? '' : 'no-container'} ${this.padding ? 'padded' : ''}">
      ${
        this.showLabel && this.label
          ? html`<span class="block-label html-label">${icons.code}<span>${this.label}</span></span>`
          : nothing
      }
      <div
        class="html-container ${pending ? 'pending' : ''} ${this.showLabel ? 'label-padding' : ''}"
        style=${style}
        ${ref(this.#scroller)}
      >
        ${
          this.#error !== null
            ? html`<div class="html-error" role="alert">
                <strong>Error rendering <code>${this.componentClassName}</code>:</strong>
                <code class="html-error-message">${this.#error}</code>
              </div>`
            : nothing
        }
        ${content}
      </div>
    </div>`;
  }
}

/** A deep copy of JSON-like props (the server's), so `props` edits never alias the store's. */
function structuredCloneSafe<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gr-html': GrHtml;
  }
}
