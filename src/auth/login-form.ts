import { LitElement, css, html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { registerStyles } from '../base/style-registry.js';
import { LoginError, type LoginPrompt } from './app-login.js';

/** Gradio's login page look: a panel with a title, the app's message, two fields and a button. */
const loginStyles = css`
  @layer gr.base {
    gr-login-form {
      display: flex;
      justify-content: center;
      padding: var(--size-3) 0;
    }
    gr-login-form form {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-lg);
      width: min(480px, 100%);
      padding: var(--block-padding);
      border: var(--block-border-width) solid var(--border-color-primary);
      border-radius: var(--block-radius);
      background: var(--background-fill-secondary);
    }
    gr-login-form h2 {
      margin: 0;
      color: var(--body-text-color);
      font-weight: var(--section-header-text-weight);
      font-size: var(--text-xl);
    }
    gr-login-form .gr-login-message {
      margin: 0;
      color: var(--body-text-color);
    }
    gr-login-form label {
      display: flex;
      flex-direction: column;
      gap: var(--spacing-sm);
      color: var(--block-label-text-color);
      font-size: var(--block-label-text-size);
    }
    gr-login-form input {
      padding: var(--input-padding);
      border: var(--input-border-width) solid var(--input-border-color);
      border-radius: var(--input-radius);
      background: var(--input-background-fill);
      color: var(--body-text-color);
      font: inherit;
      font-size: var(--input-text-size);
    }
    gr-login-form input:focus {
      outline: none;
      border-color: var(--input-border-color-focus);
      box-shadow: var(--input-shadow-focus);
    }
    gr-login-form .gr-login-error {
      margin: 0;
      color: var(--error-text-color);
      font-weight: var(--weight-semibold);
    }
    gr-login-form .gr-login-ways {
      display: flex;
      flex-wrap: wrap;
      gap: var(--spacing-md);
      align-items: center;
    }
    gr-login-form .gr-login-ways a {
      color: var(--link-text-color);
    }
  }
`;

/** Sanitized HTML of the app's auth_message; DOMPurify loads only for an app that has one. */
async function sanitize(message: string): Promise<string> {
  const { default: DOMPurify } = await import('dompurify');
  return DOMPurify.sanitize(message);
}

/**
 * The sign-in form of an app launched with `auth=`, drawn in the embed. It posts to the app's
 * `/login`; a refusal shows the server's message, a browser that blocks the app's cookie shows
 * why and the ways on (the app in a new tab, or its own page in an iframe).
 */
export class GrLoginForm extends LitElement {
  static override properties = {
    prompt: { attribute: false },
    _busy: { state: true },
    _error: { state: true },
    _message: { state: true },
  };

  declare prompt: LoginPrompt | null;
  declare _busy: boolean;
  declare _error: LoginError | null;
  declare _message: string | null;

  constructor() {
    super();
    this.prompt = null;
    this._busy = false;
    this._error = null;
    this._message = null;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('prompt')) {
      this._message = null;
      const message = this.prompt?.message;
      if (message) void sanitize(message).then((safe) => (this._message = safe));
    }
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.prompt || this._busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this._busy = true;
    this._error = null;
    try {
      await this.prompt.submit(String(data.get('username') ?? ''), String(data.get('password') ?? ''));
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      this._error = error instanceof LoginError ? error : new LoginError((error as Error).message, 'network');
      // As Gradio's form: wrong credentials empty the fields for another try.
      if (this._error.kind === 'credentials') {
        form.reset();
        await this.updateComplete;
        form.querySelector<HTMLInputElement>('input[name="username"]')?.focus();
      }
    } finally {
      this._busy = false;
    }
  }

  protected override render(): unknown {
    const error = this._error;
    const otherWays = error && (error.kind === 'cookies' || error.kind === 'unsupported');
    return html`<form aria-labelledby="gr-login-title" @submit=${(e: SubmitEvent) => this.#submit(e)}>
      <h2 id="gr-login-title">Login</h2>
      ${this._message ? html`<p class="gr-login-message">${unsafeHTML(this._message)}</p>` : nothing}
      ${error ? html`<p class="gr-login-error" role="alert">${error.message}</p>` : nothing}
      ${
        otherWays
          ? html`<div class="gr-login-ways">
              <a href=${`${this.prompt?.appUrl ?? ''}/`} target="_blank" rel="noopener noreferrer"
                >Open the app in a new tab</a
              >
              <button type="button" class="gr-button secondary sm" @click=${() => this.prompt?.useIframe()}>
                Show the app's own page here
              </button>
            </div>`
          : nothing
      }
      <label
        >username
        <input name="username" autocomplete="username" required ?disabled=${this._busy} />
      </label>
      <label
        >password
        <input name="password" type="password" autocomplete="current-password" ?disabled=${this._busy} />
      </label>
      <button type="submit" class="gr-button primary lg" ?disabled=${this._busy}>Login</button>
    </form>`;
  }
}

/**
 * Defines `<gr-login-form>` and adds its styles. Called by the runtime (src/ modules are free of
 * side effects for the bundler, so a bare import would be dropped).
 */
export function defineLoginForm(): void {
  if (customElements.get('gr-login-form')) return;
  registerStyles(loginStyles);
  customElements.define('gr-login-form', GrLoginForm);
}
