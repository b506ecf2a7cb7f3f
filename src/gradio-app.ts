import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { attachRoot, detachRoot, registerStyles, setRootSheets } from './base/style-registry.js';
import { shellStyles } from './gradio-app.styles.js';
import { ThemeModeController, type ThemeMode } from './theme/theme-mode.js';
import { ViewportGate } from './internal/viewport-gate.js';
import type { AppSession, RenderMode } from './app-session.js';
import type * as AppSessionModule from './app-session.js';
import type { Toast } from './engine/dispatcher.js';
import type { ResizeHandshake } from './fallback/resize-handshake.js';
import type { ToastList } from './internal/toasts.js';
import type { GrTriggerEvent } from './base/trigger-event.js';

/** The lazily loaded runtime: everything after the gate. */
type Runtime = typeof AppSessionModule;

/** Gradio's attribute spelling for booleans: anything but "false" is true; absent keeps the default. */
const trueUnlessFalse = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => (value ? 'true' : 'false'),
};
/** `allow_js`: "true" trusts the app with the page, "false" refuses all its code there; absent is the default policy. */
const trustOrRefuse = {
  fromAttribute: (value: string | null) => (value === 'true' ? true : value === 'false' ? false : undefined),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : String(value)),
};
const falseUnlessTrue = {
  fromAttribute: (value: string | null) => value !== null && value !== 'false',
  toAttribute: (value: boolean) => (value ? 'true' : null),
};

type Phase =
  | { kind: 'idle' }
  | { kind: 'loading'; message: string }
  | { kind: 'error'; title: string; message: string }
  | { kind: 'ready'; session: AppSession }
  | { kind: 'iframe'; url: string; reason: string };

/** Height of an iframe whose page does not report its size. */
const IFRAME_FALLBACK_HEIGHT = 640;

/** Status names for `gradio-status` events. */
export type AppStatus = 'waiting' | 'loading' | 'ready' | 'error' | 'iframe';

const ERROR_TITLES: Record<string, string> = {
  SourceError: 'Cannot find the app',
  LoadError: 'Cannot load the app',
  ConfigError: 'Not a usable Gradio app',
  UnsupportedAppError: 'Cannot show this app',
  SpaceUnavailableError: 'The Space is not available',
};

/**
 * @summary Embeds a live Gradio app, rendered natively inside its own shadow root.
 *
 * @event render - The app's first layout is on screen. Fires once per mount; bubbles.
 * @event gradio-status - The embed's status changed; `detail: { status, message }`.
 * @event gradio-error - The app could not be shown; `detail: { message, kind }`.
 *
 * @csspart container - The app's outer wrapper (`.gradio-container`).
 * @csspart iframe - The iframe, in iframe mode.
 * @csspart info - The footer saying where the app is hosted.
 */
export class GradioApp extends LitElement {
  // Reactive properties are declared without decorators so the entry module stays small.
  static override properties = {
    src: {},
    space: {},
    eager: { converter: falseUnlessTrue },
    initialHeight: { attribute: 'initial_height' },
    themeMode: { attribute: 'theme_mode' },
    container: { converter: trueUnlessFalse },
    info: { converter: trueUnlessFalse },
    autoscroll: { converter: falseUnlessTrue },
    controlPageTitle: { attribute: 'control_page_title', converter: falseUnlessTrue },
    allowHead: { attribute: 'allow_head', converter: falseUnlessTrue },
    allowJs: { attribute: 'allow_js', converter: trustOrRefuse },
    mode: {},
  };

  /** URL of a Gradio app (any path, e.g. one mounted under a sub-path). */
  declare src: string;
  /** A Hugging Face Space id, `user/name`; wins over `src`. */
  declare space: string;
  /** Connect at once, without waiting for the embed to come near the viewport. */
  declare eager: boolean;
  /** Height while loading (any CSS length). */
  declare initialHeight: string;
  /** `system` follows the OS colour scheme live; `light` or `dark` force one. */
  declare themeMode: ThemeMode;
  /** Draw a border frame (and the info footer). */
  declare container: boolean;
  /** Show a footer saying where the app is hosted, with a link. */
  declare info: boolean;
  /** Scroll outputs into view when an event finishes. */
  declare autoscroll: boolean;
  /** Set the page title to the app's title. */
  declare controlPageTitle: boolean;
  /** Run the app's `head` HTML (its scripts and styles) inside the embed. Off unless the host trusts the app. */
  declare allowHead: boolean;
  /**
   * Where the app's JavaScript may run (the README's "Security and reliability" has the table).
   * `true`: the host trusts the app with this page; all its code runs here, as on its own page.
   * Absent (the default): its pure functions (event `js`, template expressions) run in a sandbox
   * frame, its gr.HTML blocks' `js_on_load` runs on their own elements, its page-level `js` and
   * the code inside its HTML do not run. `false`: none of its code runs in this page.
   */
  declare allowJs: boolean | undefined;
  /** `auto` renders natively and falls back to an iframe where it cannot; `native` never falls back; `iframe` always is one. */
  declare mode: RenderMode;

  #phase: Phase = { kind: 'idle' };
  #connectionMessage: string | null = null;

  constructor() {
    super();
    this.src = '';
    this.space = '';
    this.eager = false;
    this.initialHeight = '300px';
    this.themeMode = 'system';
    this.container = true;
    this.info = true;
    this.autoscroll = false;
    this.controlPageTitle = false;
    this.allowHead = false;
    this.allowJs = undefined;
    this.mode = 'auto';
  }

  readonly #theme = new ThemeModeController(this);
  readonly #gate = new ViewportGate(this, () => this.#mount());
  #runtime: Runtime | null = null;
  #toasts: ToastList | null = null;
  #abort: AbortController | null = null;
  #renderFired = false;
  #handshake: ResizeHandshake | null = null;
  readonly #onTrigger = (event: Event): void => {
    if (this.#phase.kind !== 'ready' || !event.type.startsWith('gr-')) return;
    this.#phase.session.handleTrigger(event as GrTriggerEvent);
  };

  static {
    registerStyles(shellStyles);
  }

  protected override createRenderRoot(): ShadowRoot {
    const root = this.attachShadow({ mode: 'open' });
    attachRoot(root);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.shadowRoot) attachRoot(this.shadowRoot);
    this.#gate.arm(this.eager);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unmount();
    this.#gate.disarm();
    if (this.shadowRoot) detachRoot(this.shadowRoot);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      (changed.has('src') || changed.has('space') || changed.has('mode') || changed.has('allowJs')) &&
      this.hasUpdated
    ) {
      // A new source remounts cleanly; if the gate has not opened yet, it simply waits.
      if (this.#phase.kind !== 'idle') this.#mount();
    }
    if (changed.has('eager') && this.eager) this.#gate.arm(true);
  }

  #setPhase(phase: Phase): void {
    this.#phase = phase;
    this.requestUpdate();
    const status: AppStatus = phase.kind === 'idle' ? 'waiting' : phase.kind;
    const message = phase.kind === 'loading' || phase.kind === 'error' ? phase.message : '';
    this.dispatchEvent(new CustomEvent('gradio-status', { detail: { status, message }, bubbles: true }));
  }

  async #mount(): Promise<void> {
    this.#unmount();
    const abort = new AbortController();
    this.#abort = abort;
    this.#renderFired = false;
    this.#setPhase({ kind: 'loading', message: 'Loading…' });
    try {
      const runtime = (this.#runtime ??= await import('./app-session.js'));
      this.#toasts ??= new runtime.ToastList(() => this.requestUpdate());
      const toasts = this.#toasts;
      const session = await runtime.openApp({
        src: this.src,
        space: this.space,
        mode: this.mode,
        allowJs: this.allowJs,
        signal: abort.signal,
        onProgress: (message) => {
          if (!abort.signal.aborted) this.#setPhase({ kind: 'loading', message });
        },
        requestUpdate: () => this.requestUpdate(),
        hooks: {
          toast: (toast: Toast) => toasts.add(toast),
          connectionLost: (message) => {
            this.#connectionMessage = message;
            this.requestUpdate();
          },
          connectionRestored: () => {
            if (this.#connectionMessage === null) return;
            this.#connectionMessage = null;
            this.requestUpdate();
          },
          scrollTo: (ids) => this.#scrollTo(ids),
        },
      });
      if (abort.signal.aborted) {
        session.dispose();
        return;
      }
      setRootSheets(this.shadowRoot!, session.sheets());
      this.#listen(session);
      this.#setPhase({ kind: 'ready', session });
      if (this.controlPageTitle) document.title = String(session.translate(session.config.title));
      await this.#whenRendered();
      if (abort.signal.aborted) return;
      this.#fireRender();
      await session.start(this.shadowRoot!, this.allowHead);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail(error as Error);
    }
  }

  #listen(session: AppSession): void {
    // Trigger events bubble inside the root only; listen for every name the app's deps use.
    const names = new Set<string>();
    for (const dep of session.config.dependencies) for (const t of dep.targets) names.add(`gr-${t.event}`);
    for (const name of [
      'gr-input',
      'gr-change',
      'gr-expand',
      'gr-collapse',
      'gr-custom_button_click',
      ...names,
    ]) {
      this.renderRoot.removeEventListener(name, this.#onTrigger);
      this.renderRoot.addEventListener(name, this.#onTrigger);
    }
  }

  #fail(error: Error): void {
    if (error.name === 'FallbackToIframe') {
      const { url, reason } = error as Error & { url: string; reason: string };
      this.#handshake = new this.#runtime!.ResizeHandshake(IFRAME_FALLBACK_HEIGHT, () =>
        this.requestUpdate(),
      );
      this.#setPhase({ kind: 'iframe', url, reason });
      void this.updateComplete.then(() => this.#fireRender());
      return;
    }
    const kind = (error as { kind?: string }).kind ?? error.name;
    this.#setPhase({
      kind: 'error',
      title: ERROR_TITLES[error.name] ?? 'Something went wrong',
      message: error.message,
    });
    this.dispatchEvent(
      new CustomEvent('gradio-error', { detail: { message: error.message, kind }, bubbles: true }),
    );
  }

  #unmount(): void {
    this.#abort?.abort();
    this.#abort = null;
    if (this.#phase.kind === 'ready') this.#phase.session.dispose();
    this.#handshake?.detach();
    this.#handshake = null;
    this.#toasts?.clear();
    this.#connectionMessage = null;
    if (this.shadowRoot) setRootSheets(this.shadowRoot, []);
    if (this.#phase.kind !== 'idle') this.#phase = { kind: 'idle' };
  }

  /** Waits until this element and every block element inside it have finished rendering. */
  async #whenRendered(): Promise<void> {
    await this.updateComplete;
    // Containers render their children during their own update, so keep waiting until a pass
    // finds no block element that has yet to render (bounded: trees are not that deep).
    for (let pass = 0; pass < 20; pass++) {
      const blocks = [...this.renderRoot.querySelectorAll('*')].filter(
        (el): el is LitElement => el instanceof LitElement,
      );
      const fresh = blocks.some((el) => !el.hasUpdated);
      await Promise.all(blocks.map((el) => el.updateComplete));
      if (!fresh) break;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }

  #fireRender(): void {
    if (this.#renderFired) return;
    this.#renderFired = true;
    this.dispatchEvent(new CustomEvent('render', { bubbles: true, composed: true }));
  }

  #scrollTo(ids: readonly number[]): void {
    if (!this.autoscroll) return;
    const target = [...this.renderRoot.querySelectorAll<HTMLElement & { blockId?: number }>('*')].find(
      (el) => el.blockId !== undefined && ids.includes(el.blockId),
    );
    target?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }

  protected override render(): unknown {
    const dark = this.#theme.dark;
    const phase = this.#phase;
    const version = phase.kind === 'ready' ? phase.session.config.version.replace(/\./g, '-') : 'embed';
    const loaded = phase.kind === 'ready' || phase.kind === 'iframe';
    const classes = [
      'gradio-container',
      `gradio-container-${version}`,
      dark ? 'dark' : '',
      this.container && phase.kind !== 'iframe' ? 'embed-container' : '',
      // fill_height fills the height the host gives the element (the official embed drops it).
      phase.kind === 'ready' && phase.session.config.fillHeight ? 'fill-height' : '',
    ].filter(Boolean);
    return html`<div
      class=${classes.join(' ')}
      part="container"
      style=${loaded ? '' : `min-height:${this.initialHeight}`}
    >
      ${this.#renderBody(phase)} ${this.#renderInfo(phase)}
      ${this.#runtime && this.#toasts ? this.#runtime.renderToasts(this.#toasts) : nothing}
    </div>`;
  }

  #renderBody(phase: Phase): unknown {
    switch (phase.kind) {
      case 'idle':
      case 'loading':
        return html`<div class="gr-screen" role="status" aria-live="polite">
          <span class="gr-spinner" aria-hidden="true"></span>
          <span class="gr-loading-message">${phase.kind === 'loading' ? phase.message : 'Loading…'}</span>
        </div>`;
      case 'error':
        return html`<div class="gr-screen" role="alert">
          <span class="gr-error-title">${phase.title}</span>
          <span class="gr-error-message">${phase.message}</span>
          ${this.#appLink() ? html`<a href=${this.#appLink()!} target="_blank" rel="noopener">Open the app in a new tab</a>` : nothing}
        </div>`;
      case 'iframe':
        return this.#runtime!.renderIframe(
          this.#runtime!.iframeUrl(phase.url, this.themeMode),
          'Gradio app',
          this.#handshake!,
        );
      case 'ready':
        return html`<div class="main">
          ${this.#connectionMessage ? html`<div class="gr-banner" role="alert">${this.#connectionMessage}</div>` : nothing}
          ${phase.session.render()}
        </div>`;
    }
  }

  #appLink(): string | null {
    if (this.space.trim()) return `https://huggingface.co/spaces/${this.space.trim()}`;
    try {
      return this.src.trim() ? new URL(this.src.trim(), document.baseURI).href : null;
    } catch {
      return null;
    }
  }

  #renderInfo(phase: Phase): unknown {
    if (!this.container || !this.info || phase.kind !== 'ready') return nothing;
    const space = this.space.trim() || phase.session.config.spaceId;
    const href = space ? `https://huggingface.co/spaces/${space}` : phase.session.source.url;
    const where = space ? `${space} on Hugging Face Spaces` : new URL(phase.session.source.url).host;
    return html`<footer class="gr-info" part="info">
      <span>Hosted at <a href=${href} target="_blank" rel="noopener">${where}</a></span>
      <span>Built with Gradio</span>
    </footer>`;
  }
}

// Another copy of this script (or another embed) may have defined the tag already.
const defined = customElements.get('gradio-app');
if (!defined) customElements.define('gradio-app', GradioApp);
else if (defined !== GradioApp) {
  // The page already has a <gradio-app> (the official Gradio script, or another copy of ours).
  console.warn(
    '[gradio-app] <gradio-app> is already defined on this page (by the official Gradio script?): this copy is not used. Load only one of them.',
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'gradio-app': GradioApp;
  }
}
