/**
 * What <gradio-app> does once its runtime has loaded, kept out of the entry module (which must
 * stay small): opening the app, the host API behind the element's methods, the iframe fallback,
 * the screens of a running app (app, iframe, sign-in, the error screen's actions), toasts and the
 * connection banner. One per element, for its lifetime; the element keeps the gate, the loading
 * screen and the API methods that wait for this.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import { setRootSheets } from './base/style-registry.js';
import { openApp, type AppSession, type RenderMode } from './app-session.js';
import { HostApi } from './api/host-api.js';
import type { IframeHostApi } from './api/iframe-api.js';
import type { ResizeHandshake } from './fallback/resize-handshake.js';
import type * as IframeMode from './fallback/iframe-mode.js';
import { ToastList, loadToastStack, renderToasts } from './internal/toasts.js';
import { renderInfo, scrollToBlocks, triggerNames, whenRendered } from './render/app-chrome.js';
import type { GrTriggerEvent } from './base/trigger-event.js';
import type { EarlyFetches } from './loader.js';
import type { LoginPrompt } from './auth/app-login.js';
import type { ThemeMode } from './theme/theme-mode.js';

/** What openApp's FallbackToIframe carries. */
interface IframeFallback {
  url: string;
  reason: string;
  raw: Record<string, unknown> | null;
}

/** Height of an iframe whose page does not report its size. */
const IFRAME_FALLBACK_HEIGHT = 640;

/** What the element shows: the entry draws idle, loading and error; this module the rest. */
export type Phase =
  | { kind: 'idle' }
  | { kind: 'loading'; message: string }
  | { kind: 'error'; title: string; message: string }
  | { kind: 'ready'; session: AppSession }
  | { kind: 'iframe'; url: string; reason: string }
  | { kind: 'login'; prompt: LoginPrompt };

/** The element's attributes and properties this module reads (its public surface). */
export interface EmbedElement extends HTMLElement, ReactiveControllerHost {
  readonly src: string;
  readonly space: string;
  readonly mode: RenderMode;
  readonly allowJs: boolean | undefined;
  readonly themeMode: ThemeMode;
  readonly autoscroll: boolean;
  readonly controlPageTitle: boolean;
  readonly allowHead: boolean;
  readonly token: string | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The element's own steps this module drives. */
export interface EmbedPort {
  setPhase(phase: Phase): void;
  /** The host API is there: calls that waited for it go on. */
  apiReady(): void;
  /** The `render` event (once per mount). */
  fireRender(): void;
  /** Shows the error screen for this error. */
  fail(error: Error): void;
}

/** What a visitor does just before using an app (EmbedCore, #watchIntent). */
const INTENT_EVENTS = ['pointerover', 'focusin', 'touchstart'] as const;

export class EmbedCore {
  /** The host API of the app shown now (native, or an iframe's). */
  api: HostApi | IframeHostApi | null = null;
  readonly #el: EmbedElement;
  readonly #port: EmbedPort;
  readonly #toasts: ToastList;
  #session: AppSession | null = null;
  #handshake: ResizeHandshake | null = null;
  /** The iframe mode's module, once an app has fallen back to it. */
  #iframeMode: typeof IframeMode | null = null;
  /** The current mount's signal. */
  #signal: AbortSignal | null = null;
  #connectionMessage: string | null = null;
  /** Starts the app's connection the first time the visitor reaches for it (see #watchIntent). */
  readonly #onIntent = (): void => {
    this.#session?.warm();
    // Its events' messages show without waiting for the toasts' code.
    loadToastStack().catch(() => undefined);
    this.#unwatchIntent();
  };
  readonly #onTrigger = (event: Event): void => {
    if (event.type.startsWith('gr-')) this.#session?.handleTrigger(event as GrTriggerEvent);
  };

  constructor(el: EmbedElement, port: EmbedPort) {
    this.#el = el;
    this.#port = port;
    this.#toasts = new ToastList(() => el.requestUpdate());
  }

  /** Opens the app for one mount; throws what the element's error screen shows. */
  async open(signal: AbortSignal, early: EarlyFetches | null): Promise<void> {
    const el = this.#el;
    const toasts = this.#toasts;
    this.#signal = signal;
    const session = await openApp({
      src: el.src,
      space: el.space,
      mode: el.mode,
      allowJs: el.allowJs,
      allowHead: el.allowHead,
      signal,
      onProgress: (message) => {
        if (!signal.aborted) this.#port.setPhase({ kind: 'loading', message });
      },
      requestUpdate: () => el.requestUpdate(),
      token: () => el.token,
      onLogin: (prompt) => {
        if (!signal.aborted) this.#port.setPhase({ kind: 'login', prompt });
      },
      early,
      hooks: {
        runReport: (report) => (this.api as HostApi | null)?.report(report),
        toast: (toast) => toasts.add(toast),
        connectionLost: (message) => {
          this.#connectionMessage = message;
          el.requestUpdate();
        },
        connectionRestored: () => {
          if (this.#connectionMessage === null) return;
          this.#connectionMessage = null;
          el.requestUpdate();
        },
        scrollTo: (ids) => {
          if (el.autoscroll) scrollToBlocks(el.renderRoot, ids);
        },
      },
    });
    if (signal.aborted) {
      session.dispose();
      return;
    }
    this.#session = session;
    this.#watchIntent();
    setRootSheets(el.shadowRoot!, session.sheets());
    // Trigger events bubble inside the root only; listen for every name the app's deps use.
    for (const name of triggerNames(session)) {
      el.renderRoot.removeEventListener(name, this.#onTrigger);
      el.renderRoot.addEventListener(name, this.#onTrigger);
    }
    this.api = new HostApi(session, { mode: 'native', emit: (type, detail) => this.#emit(type, detail) });
    this.#port.setPhase({ kind: 'ready', session });
    this.#port.apiReady();
    if (el.controlPageTitle) document.title = String(session.translate(session.config.title));
    // Until this element and every block element inside it have rendered.
    await el.updateComplete;
    await whenRendered(el.renderRoot);
    if (signal.aborted) return;
    this.#port.fireRender();
    await session.start(el.shadowRoot!, el.allowHead);
  }

  /** Shows the app as an iframe when that is what the error asks for; false for any other error. */
  fallBack(error: Error): boolean {
    if (error.name !== 'FallbackToIframe') return false;
    const signal = this.#signal;
    import('./fallback/iframe-mode.js').then(
      (mode) => {
        if (!signal?.aborted) this.#showIframe(mode, error as Error & IframeFallback);
      },
      (failure: unknown) => {
        if (!signal?.aborted) this.#port.fail(failure as Error);
      },
    );
    return true;
  }

  #showIframe(mode: typeof IframeMode, { url, reason, raw }: IframeFallback): void {
    const el = this.#el;
    this.#iframeMode = mode;
    this.#handshake = new mode.ResizeHandshake(IFRAME_FALLBACK_HEIGHT, () => el.requestUpdate());
    this.api = new mode.IframeHostApi(url, raw, {
      token: () => el.token,
      emit: (type, detail) => this.#emit(type, detail),
    });
    this.#port.setPhase({ kind: 'iframe', url, reason });
    this.#port.apiReady();
    void el.updateComplete.then(() => this.#port.fireRender());
  }

  /**
   * A pointer over the app, focus inside it or a touch: the visitor is about to use it, so an
   * app that connects lazily (most: see usesClientAtOnce in app-session.ts) starts now, and its
   * first event rarely waits for the client.
   */
  #watchIntent(): void {
    for (const name of INTENT_EVENTS) {
      this.#el.renderRoot.addEventListener(name, this.#onIntent, { passive: true });
    }
  }

  #unwatchIntent(): void {
    for (const name of INTENT_EVENTS) this.#el.renderRoot.removeEventListener(name, this.#onIntent);
  }

  /** Ends what the last mount started. */
  unmount(): void {
    this.#unwatchIntent();
    this.api?.dispose();
    this.api = null;
    this.#session?.dispose();
    this.#session = null;
    this.#handshake?.detach();
    this.#handshake = null;
    this.#toasts.clear();
    this.#connectionMessage = null;
    if (this.#el.shadowRoot) setRootSheets(this.#el.shadowRoot, []);
  }

  #emit(type: 'gradio-event' | 'gradio-change', detail: unknown): void {
    this.#el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** The body of the ready, iframe and login screens. */
  render(phase: Phase): unknown {
    switch (phase.kind) {
      case 'login':
        return html`<gr-login-form .prompt=${phase.prompt}></gr-login-form>`;
      case 'iframe': {
        const mode = this.#iframeMode!;
        return mode.renderIframe(
          mode.iframeUrl(phase.url, this.#el.themeMode),
          'Gradio app',
          this.#handshake!,
        );
      }
      case 'ready': {
        const banner = this.#connectionMessage;
        // prettier-ignore
        return html`<div class="main">${banner ? html`<div class="gr-banner" role="alert">${banner}</div>` : nothing}${phase.session.render()}</div>`;
      }
      default:
        return nothing;
    }
  }

  /** The error screen's link to the app on its own page (its Try again is the element's). */
  renderErrorLink(): unknown {
    const link = this.#appLink();
    return link
      ? html`<a href=${link} target="_blank" rel="noopener">Open the app in a new tab</a>`
      : nothing;
  }

  /** What follows the body: the info footer (a running app, `container` and `info` on) and toasts. */
  renderChrome(phase: Phase, footer: boolean): unknown {
    const info =
      footer && phase.kind === 'ready' ? renderInfo(phase.session, this.#el.space.trim()) : nothing;
    return html`${info}${renderToasts(this.#toasts)}`;
  }

  #appLink(): string | null {
    const space = this.#el.space.trim();
    const src = this.#el.src.trim();
    if (space) return `https://huggingface.co/spaces/${space}`;
    try {
      return src ? new URL(src, document.baseURI).href : null;
    } catch {
      return null;
    }
  }
}
