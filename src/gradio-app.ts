import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  attachRoot,
  detachRoot,
  registerStyles,
  STYLE_REGISTRY,
  styleRegistry,
} from './base/style-registry.js';
import { shellStyles } from './gradio-app.styles.js';
import { ThemeModeController, type ThemeMode } from './theme/theme-mode.js';
import { ViewportGate } from './internal/viewport-gate.js';
import { fetchEarly, loadRuntime, loadSpace, takeEarly } from './loader.js';
import type { RenderMode } from './app-session.js';
import type * as AppSessionModule from './app-session.js';
import type { EmbedCore, Phase } from './embed-core.js';
import type { HostApi, RunInputs } from './api/host-api.js';
import type { IframeHostApi } from './api/iframe-api.js';
import type { BlockTarget } from './api/targets.js';
import type {
  AppInfo,
  GradioChangeDetail,
  GradioEventDetail,
  RunCallOptions,
  SetValueOptions,
} from './api/types.js';

/** The lazily loaded runtime: everything after the gate. */
type Runtime = typeof AppSessionModule;

// Attribute converters: read only (no property reflects to its attribute, so Lit never writes one).
/** Gradio's attribute spelling for booleans: anything but "false" is true; absent keeps the default. */
const trueUnlessFalse = { fromAttribute: (value: string | null) => value !== 'false' };
/** `allow_js`: "true" trusts the app with the page, "false" refuses all its code there; absent is the default policy. */
const trustOrRefuse = {
  fromAttribute: (value: string | null) => (value === 'true' ? true : value === 'false' ? false : undefined),
};
const falseUnlessTrue = { fromAttribute: (value: string | null) => value !== null && value !== 'false' };

/** Status names for `gradio-status` events; `login`: an app launched with `auth=` shows its sign-in form. */
export type AppStatus = 'waiting' | 'loading' | 'ready' | 'error' | 'iframe' | 'login';

/** An API call's error before the runtime (and its GradioApiError) has loaded: same name and kind. */
function apiError(message: string, kind: 'not-ready'): Error & { kind: string } {
  return Object.assign(new Error(message), { name: 'GradioApiError', kind });
}

/**
 * @summary Embeds a live Gradio app, rendered natively inside its own shadow root.
 *
 * @event render - The app's first layout is on screen. Fires once per mount; bubbles.
 * @event gradio-status - The embed's status changed; `detail: { status, message }`.
 * @event gradio-error - The app could not be shown; `detail: { message, kind }`.
 * @event {CustomEvent<GradioEventDetail>} gradio-event - One of the app's events started, progressed, finished, failed or was cancelled; `detail: { run, status, dependency, apiName, trigger, progress, outputs, error }`.
 * @event {CustomEvent<GradioChangeDetail>} gradio-change - A block's value changed; `detail: { id, elemId, label, type, value, source }` (`source`: `user`, `server` or `host`).
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
  #token: string | null = null;
  /** The token when the current load started: a refusal of an older token loads again. */
  #tokenTried: string | null = null;
  /** API calls waiting for the app to be ready. */
  #apiWaiters: { resolve(api: HostApi | IframeHostApi): void; reject(error: Error): void }[] = [];

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
    // A token the page set before the element was defined sits on the instance, hiding the
    // accessor: take it through the setter.
    if (Object.hasOwn(this, 'token')) {
      const early = (this as { token?: string | null }).token ?? null;
      delete (this as { token?: string | null }).token;
      this.token = early;
    }
  }

  readonly #theme = new ThemeModeController(this);
  readonly #gate = new ViewportGate(
    this,
    () => this.#mount(),
    () => this.#preconnect(),
  );
  #runtime: Runtime | null = null;
  /** What the element does once the runtime has loaded (src/embed-core.ts). */
  #core: EmbedCore | null = null;
  #abort: AbortController | null = null;
  #renderFired = false;

  /**
   * The shared stylesheets and the roots they go in, carried by the class the page defines: a
   * second copy of the entry (loaded under another URL) finds them here (src/base/style-registry.ts).
   * @internal
   */
  static readonly [STYLE_REGISTRY] = styleRegistry;

  static {
    registerStyles(shellStyles);
  }

  protected override createRenderRoot(): ShadowRoot {
    const root = this.attachShadow({ mode: 'open' });
    attachRoot(root);
    return root;
  }

  /**
   * A bearer token for a private Space or a server that checks one: the Hugging Face API calls
   * and every request of the app carry it (`Authorization: Bearer`), as @gradio/client does.
   * A property only, never an attribute (it must not sit in the page's HTML); it never reaches
   * a URL, storage, or an iframe. Setting a new one applies to the next request (no reload);
   * setting one after the app failed to load loads it again.
   */
  get token(): string | null {
    return this.#token;
  }

  set token(value: string | null) {
    const before = this.#token;
    this.#token = value ? String(value) : null;
    if (this.#token && this.#token !== before && this.#phase.kind === 'error' && this.isConnected) {
      void this.#mount();
    }
  }

  /** Facts about the app (version, title, API names, endpoints, blocks); null until it is loaded. */
  get app(): AppInfo | null {
    return this.#core?.api?.app ?? null;
  }

  /**
   * The value a block holds now, in Gradio's wire format (a copy). Names a block by `elem_id`,
   * label (a button's text) or id. Throws a `GradioApiError` before the app is ready, for an
   * unknown or ambiguous name, and in iframe mode.
   */
  getValue(target: BlockTarget): unknown {
    const api = this.#core?.api;
    if (!api) throw apiError('The app is not ready yet: wait for the render event.', 'not-ready');
    return api.getValue(target);
  }

  /**
   * Sets a block's value, as a user edit: its `input` and `change` listeners fire (pass
   * `{ silent: true }` to set it without them). `File`s and `Blob`s in the value are uploaded
   * first. Waits for the app to be ready (and opens a lazy embed's gate).
   */
  async setValue(target: BlockTarget, value: unknown, options?: SetValueOptions): Promise<void> {
    return (await this.#apiReady()).setValue(target, value, options);
  }

  /**
   * Runs an event by `api_name` (`'predict'` or `'/predict'`) or a block's event (a button's
   * `click`, by its elem_id, text or id), as a user's click would. `inputs` (an array in the
   * event's input order, or an object by block name) are written into the input blocks first.
   * Resolves with the outputs' values once it finished; rejects with the server's error. Pass
   * `{ signal }` to cancel it.
   */
  async run(target: BlockTarget, inputs?: RunInputs, options?: RunCallOptions): Promise<unknown[]> {
    return (await this.#apiReady()).run(target, inputs, options);
  }

  /** Cancels the runs in flight of an event (by `api_name` or block), as the app's own cancel would. */
  async cancel(target: BlockTarget, options?: Pick<RunCallOptions, 'event'>): Promise<void> {
    return (await this.#apiReady()).cancel(target, options);
  }

  #apiReady(): Promise<HostApi | IframeHostApi> {
    const api = this.#core?.api;
    if (api) return Promise.resolve(api);
    if (this.#phase.kind === 'error') {
      return Promise.reject(apiError(`The app could not be shown: ${this.#phase.message}`, 'not-ready'));
    }
    // Calling the API is asking for the app: a lazy embed loads now.
    if (this.isConnected) this.#gate.arm(true);
    return new Promise((resolve, reject) => this.#apiWaiters.push({ resolve, reject }));
  }

  #settleApiWaiters(error?: Error): void {
    const waiters = this.#apiWaiters;
    this.#apiWaiters = [];
    for (const waiter of waiters) {
      if (error) waiter.reject(error);
      else if (this.#core?.api) waiter.resolve(this.#core.api);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasAttribute('token')) {
      console.warn('[gradio-app] The token attribute is ignored: set the token property.');
    }
    if (this.shadowRoot) attachRoot(this.shadowRoot);
    this.#gate.arm(this.eager);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unmount();
    this.#settleApiWaiters(apiError('The element was removed from the page.', 'not-ready'));
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

  /**
   * Opens the connections the gate's requests will use before it opens, by `preconnect` hints in
   * the shadow root (never in the host's head): the app's origin, or the Hugging Face API and
   * the Space's own host. No request is made.
   */
  #preconnect(): void {
    const space = this.space.trim();
    let origins: string[];
    try {
      origins = space
        ? ['https://huggingface.co', `https://${space.replace(/[/._]/g, '-').toLowerCase()}.hf.space`]
        : [new URL(this.src.trim(), document.baseURI).origin];
    } catch {
      return;
    }
    // Once per shadow root: an element moved in the page keeps its hints.
    if (this.renderRoot.querySelector('link')) return;
    for (const href of origins) {
      const link = document.createElement('link');
      link.rel = 'preconnect';
      link.href = href;
      // The app's requests are CORS requests without credentials: a connection of that kind.
      link.crossOrigin = 'anonymous';
      this.renderRoot.append(link);
    }
  }

  #setPhase(phase: Phase): void {
    this.#phase = phase;
    this.requestUpdate();
    const status: AppStatus = phase.kind === 'idle' ? 'waiting' : phase.kind;
    const message =
      phase.kind === 'loading' || phase.kind === 'error'
        ? phase.message
        : phase.kind === 'login'
          ? 'The app asks you to sign in.'
          : '';
    this.dispatchEvent(new CustomEvent('gradio-status', { detail: { status, message }, bubbles: true }));
  }

  async #mount(): Promise<void> {
    this.#unmount();
    const abort = new AbortController();
    this.#abort = abort;
    this.#renderFired = false;
    this.#tokenTried = this.#token;
    this.#setPhase({ kind: 'loading', message: 'Loading…' });
    try {
      // The config and theme requests go out with the runtime's, not after it has arrived.
      const early =
        this.space.trim() || this.mode === 'iframe' || this.#token
          ? null
          : (takeEarly(this, abort.signal) ?? fetchEarly(this.src, abort.signal));
      // A Space's code would otherwise be requested once the runtime has arrived.
      if (this.space.trim() && this.mode !== 'iframe') loadSpace().catch(() => undefined);
      const runtime = (this.#runtime ??= await loadRuntime());
      this.#core ??= new runtime.EmbedCore(this, {
        setPhase: (phase) => this.#setPhase(phase),
        apiReady: () => this.#settleApiWaiters(),
        fireRender: () => this.#fireRender(),
        fail: (error) => this.#fail(error),
      });
      await this.#core.open(abort.signal, early);
    } catch (error) {
      if (abort.signal.aborted) return;
      this.#fail(error as Error);
    }
  }

  #fail(error: Error): void {
    if (this.#core?.fallBack(error)) return;
    const kind = (error as { kind?: string }).kind ?? error.name;
    // The token changed while the refused request was in flight: try the new one.
    if (kind === 'token' && this.#token && this.#token !== this.#tokenTried && this.isConnected) {
      void this.#mount();
      return;
    }
    this.#setPhase({
      kind: 'error',
      // The runtime knows its errors; before it, the only thing that fails is its own load.
      title: this.#runtime?.errorTitle(error.name) ?? 'The embed could not load',
      message: error.message,
    });
    this.#settleApiWaiters(apiError(`The app could not be shown: ${error.message}`, 'not-ready'));
    this.dispatchEvent(
      new CustomEvent('gradio-error', { detail: { message: error.message, kind }, bubbles: true }),
    );
  }

  #unmount(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#core?.unmount();
    if (this.#phase.kind !== 'idle') this.#phase = { kind: 'idle' };
  }

  #fireRender(): void {
    if (this.#renderFired) return;
    this.#renderFired = true;
    this.dispatchEvent(new CustomEvent('render', { bubbles: true, composed: true }));
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
    const core = this.#core;
    const style = loaded ? '' : `min-height:${this.initialHeight}`;
    // The templates of this module (the entry, kept small) have no whitespace between tags.
    // prettier-ignore
    return html`<div class=${classes.join(' ')} part="container" style=${style}>${this.#renderBody(phase)}${core ? core.renderChrome(phase, this.container && this.info) : nothing}</div>`;
  }

  #renderBody(phase: Phase): unknown {
    switch (phase.kind) {
      case 'idle':
      case 'loading':
        // prettier-ignore
        return html`<div class="gr-screen" role="status" aria-live="polite"><span class="gr-spinner" aria-hidden="true"></span><span class="gr-loading-message">${phase.kind === 'loading' ? phase.message : 'Loading…'}</span></div>`;
      case 'error':
        // Try again is the entry's: a runtime that failed to load (a dropped connection on a
        // phone) is requested anew by it, as the browser refetches a module that failed. The link
        // to the app's own page comes with the runtime. (No form reaches into the shadow root:
        // the button needs no type.)
        // prettier-ignore
        return html`<div class="gr-screen" role="alert"><span class="gr-error-title">${phase.title}</span><span class="gr-error-message">${phase.message}</span><button class="gr-retry" @click=${() => void this.#mount()}>Try again</button>${this.#core?.renderErrorLink()}</div>`;
      default:
        return this.#core?.render(phase);
    }
  }
}
// Another copy of this script (or another embed) may have defined the tag already.
const defined = customElements.get('gradio-app');
if (!defined) customElements.define('gradio-app', GradioApp);
// The same build evaluated again under another URL (see style-registry.ts) is not another copy.
else if (defined !== GradioApp && String(defined) !== String(GradioApp)) {
  // The page already has a <gradio-app> (the official Gradio script, or another copy of ours).
  console.warn(
    '[gradio-app] <gradio-app> is already defined (by the official Gradio script?): this copy is not used.',
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'gradio-app': GradioApp;
  }
  interface HTMLElementEventMap {
    'gradio-event': CustomEvent<GradioEventDetail>;
    'gradio-change': CustomEvent<GradioChangeDetail>;
  }
}
