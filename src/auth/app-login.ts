import { loadRawConfig, LoadError } from '../source/load-config.js';
import { bearer, type TokenSource } from '../source/request-auth.js';

/**
 * Signing in to an app launched with `auth=`: Gradio answers `/config` with 401 until the
 * browser holds the app's `access-token` cookie, which `POST /login` (a username and password
 * form) sets. The embed shows its own form, posts it to the app's origin, and asks for the
 * config again with the app's cookies. Whether the browser keeps that cookie for an embedded
 * app is its third-party cookie policy: Gradio sets it `SameSite=None; Secure` (and an
 * unsecured `Lax` twin, which only a same-site page can use).
 */

/** The sign-in form's state, shown by the element while the app waits for it. */
export interface LoginPrompt {
  /** The app's URL (for the "open in a new tab" link). */
  readonly appUrl: string;
  /** The app's `auth_message` (HTML), if it has one. */
  readonly message: string | null;
  /** Tries these credentials. Resolves once signed in (the app then loads); rejects with a LoginError to show. */
  submit(username: string, password: string): Promise<void>;
  /** Gives up on the native form: the app's own page is shown in an iframe instead. */
  useIframe(): void;
}

/**
 * Why a sign-in did not work. `credentials`: the server refused them (its message);
 * `cookies`: the server accepted them but the browser did not keep its cookie for the embed;
 * `unsupported`: the app signs people in some other way; `network`: no answer.
 */
export class LoginError extends Error {
  override name = 'LoginError';
  constructor(
    message: string,
    readonly kind: 'credentials' | 'cookies' | 'unsupported' | 'network',
  ) {
    super(message);
  }
}

/** The host chose the app's own page over the native form. */
export class LoginIframeRequested extends Error {
  override name = 'LoginIframeRequested';
}

export const COOKIES_BLOCKED =
  'You are signed in, but this browser does not let the embedded app keep its sign-in cookie ' +
  '(third-party cookies are blocked for this page, or the app is not served over https). ' +
  'Open the app in a new tab, or show its own page here.';

export interface SignInOptions {
  signal: AbortSignal;
  token?: TokenSource;
  /** The app's `auth_message`, shown above the form. */
  authMessage: string | null;
  /** Shows the form; called once. */
  show(prompt: LoginPrompt): void;
}

/** The server's message in an error answer (FastAPI's `{detail}`), or null. */
async function detailOf(response: Response): Promise<string | null> {
  const body = (await response.json().catch(() => null)) as { detail?: unknown } | null;
  return typeof body?.detail === 'string' && body.detail ? body.detail : null;
}

/** Posts the form to the app's `/login`; resolves once the server accepted it. */
export async function postLogin(
  url: string,
  username: string,
  password: string,
  options: { signal?: AbortSignal; token?: TokenSource } = {},
): Promise<void> {
  let response: Response;
  try {
    // Form-encoded, as Gradio's own login form posts it (OAuth2PasswordRequestForm).
    response = await fetch(`${url}/login`, {
      method: 'POST',
      body: new URLSearchParams({ username, password }),
      credentials: 'include',
      headers: bearer(options.token),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new LoginError(`Could not reach ${url} to sign in.`, 'network');
  }
  if (response.status === 400 || response.status === 401) {
    throw new LoginError((await detailOf(response)) ?? 'Incorrect credentials.', 'credentials');
  }
  const body = (await response.json().catch(() => null)) as { success?: unknown } | null;
  if (!response.ok || body?.success !== true) {
    // Gradio redirects a /login post to the app's page when it has no auth= (a custom auth
    // dependency, a proxy): that sign-in happens on the app's own page.
    throw new LoginError(
      response.ok
        ? 'This app does not sign in with a username and password here: open it in a new tab, or show its own page here.'
        : `${url} answered ${response.status} to the sign-in.`,
      response.ok ? 'unsupported' : 'network',
    );
  }
}

/**
 * Shows the sign-in form and resolves with the app's config once signed in. Rejects with
 * LoginIframeRequested when the user picks the app's own page instead, or with the signal's
 * reason.
 */
export function signIn(url: string, options: SignInOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const { signal, token } = options;
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
    options.show({
      appUrl: url,
      message: options.authMessage,
      async submit(username, password) {
        await postLogin(url, username, password, { signal, token });
        let raw: unknown;
        try {
          raw = await loadRawConfig(url, signal, { token, withCredentials: true });
        } catch (error) {
          if (error instanceof LoadError && error.kind === 'login') {
            throw new LoginError(COOKIES_BLOCKED, 'cookies');
          }
          throw error;
        }
        resolve(raw);
      },
      useIframe() {
        reject(new LoginIframeRequested('the app signs in on its own page'));
      },
    });
  });
}
