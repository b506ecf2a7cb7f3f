import type { TemplateAction } from './engine/template-buttons.js';
import type { Toast } from './engine/dispatcher.js';

/** What the template buttons need of their app. */
export interface TemplateButtonHost {
  /** The app's root URL, no trailing slash. */
  readonly root: string;
  /** The current page's route ("" on the home page). */
  page(): string;
  sessionHash(): Promise<string | null>;
  /** A block's current value. */
  valueOf(id: number): unknown;
  /** Runs again the load-time events that write to this block (LoginButton's status check). */
  recheck(id: number): void;
  toast(toast: Toast): void;
  /** The app's request credentials (a bearer token, its cookies) for requests made here. */
  requestInit?(): RequestInit;
}

const POLL_MS = 500;
const RECHECK_MS = 2000;

/**
 * The embed-safe equivalents of Gradio's template-button scripts. Nothing here navigates the
 * host page or reads its URL: sign-in happens in a popup on the app's own origin, links point at
 * the app's own page, and new tabs open without a handle on the host page.
 */
export class TemplateButtons {
  readonly #host: TemplateButtonHost;
  #stopWatching: (() => void) | null = null;

  constructor(host: TemplateButtonHost) {
    this.#host = host;
  }

  run(action: TemplateAction, event: { triggerId: number | null; inputs: unknown[] }): unknown {
    switch (action.kind) {
      case 'duplicate':
        window.open(action.url, '_blank', 'noopener,noreferrer');
        return undefined;
      case 'login':
        this.#login(action, event.triggerId, event.inputs[0]);
        return undefined;
      case 'deep-link':
        return this.#copyDeepLink(action.copiedValue);
    }
  }

  dispose(): void {
    this.#stopWatching?.();
  }

  /**
   * Opens Hugging Face sign-in (or sign-out) on the app's origin in a popup. While it is open,
   * and once it closes, the button's status check runs again; when the button changes (signed
   * in or out), the popup has done its job and is closed.
   */
  #login(action: Extract<TemplateAction, { kind: 'login' }>, buttonId: number | null, value: unknown): void {
    const path = value === action.signedOutValue ? action.loginPath : action.logoutPath;
    const width = 520;
    const height = 720;
    const left = Math.max(0, window.screenX + (window.outerWidth - width) / 2);
    const top = Math.max(0, window.screenY + (window.outerHeight - height) / 2);
    const popup = window.open(
      `${this.#host.root}${path}`,
      'gradio-hf-login',
      `popup,width=${width},height=${height},left=${Math.round(left)},top=${Math.round(top)}`,
    );
    if (!popup) {
      this.#host.toast({
        level: 'warning',
        title: 'Pop-up blocked',
        message: 'Allow pop-ups for this page to sign in with Hugging Face.',
        duration: 10,
        visible: true,
      });
      return;
    }
    if (buttonId === null) return;
    this.#stopWatching?.();
    const before = this.#host.valueOf(buttonId);
    let sinceCheck = 0;
    const timer = setInterval(() => {
      if (popup.closed) {
        stop();
        this.#host.recheck(buttonId);
        return;
      }
      if (this.#host.valueOf(buttonId) !== before) {
        stop();
        popup.close();
        return;
      }
      sinceCheck += POLL_MS;
      if (sinceCheck >= RECHECK_MS) {
        sinceCheck = 0;
        this.#host.recheck(buttonId);
      }
    }, POLL_MS);
    const stop = (): void => {
      clearInterval(timer);
      if (this.#stopWatching === stop) this.#stopWatching = null;
    };
    this.#stopWatching = stop;
  }

  /**
   * Asks the server to save this session's values and copies a link to the app's own page that
   * restores them (`<root>/<page>?deep_link=<id>`). The host page's URL is not the app's state,
   * so the link names the app, not the page it is embedded in.
   */
  async #copyDeepLink(copiedValue: string): Promise<unknown> {
    const hash = await this.#host.sessionHash();
    let link: string;
    try {
      const response = await fetch(
        `${this.#host.root}/gradio_api/deep_link?session_hash=${encodeURIComponent(hash ?? '')}`,
        this.#host.requestInit?.(),
      );
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const id = (await response.text()).replace(/^"|"$/g, '');
      const page = this.#host.page();
      const url = new URL(`${this.#host.root}/${page}`);
      if (id) url.searchParams.set('deep_link', id);
      link = url.href;
    } catch (error) {
      this.#host.toast({
        level: 'error',
        title: 'Error',
        message: `Could not make a link to this state: ${(error as Error).message}`,
        duration: 10,
        visible: true,
      });
      return undefined;
    }
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // No clipboard (permission, insecure page): show the link so it can be copied by hand.
      this.#host.toast({ level: 'info', title: 'Link', message: link, duration: null, visible: true });
      return undefined;
    }
    return copiedValue;
  }
}
