import { bearer, type TokenSource } from './request-auth.js';

/**
 * Why the config could not be had; `kind` picks the error screen and the fallback. `csp`: the
 * host page's Content Security Policy does not let the page connect to the app. `login`:
 * the app was launched with `auth=` and wants its sign-in form; `token`: the server (a private
 * Space, a proxy) refused the request without a valid bearer token.
 */
export type LoadErrorKind = 'unreachable' | 'cors' | 'csp' | 'not-gradio' | 'login' | 'token' | 'http';

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    message: string,
    readonly kind: LoadErrorKind,
    /** For `login`: the app's `auth_message` (HTML), if it has one. */
    readonly authMessage: string | null = null,
  ) {
    super(message);
  }
}

export interface LoadOptions {
  /** A bearer token for the request (`Authorization` header). */
  token?: TokenSource;
  /** Send the app's cookies (an `auth=` app's sign-in). */
  withCredentials?: boolean;
  /** The same request, started early by the element's loader, and its body as JSON (src/loader.ts). */
  started?: { config: Promise<Response>; body: Promise<unknown> };
}

/** Gradio's 401 for an app with `auth=`: `{detail: {error: "Not authenticated", auth_message}}`. */
async function gradioLogin(response: Response): Promise<{ authMessage: string | null } | null> {
  const body = (await response.json().catch(() => null)) as { detail?: unknown } | null;
  const detail = body?.detail;
  if (typeof detail !== 'object' || detail === null) return null;
  const { error, auth_message: message } = detail as { error?: unknown; auth_message?: unknown };
  if (error !== 'Not authenticated' && !('auth_message' in detail)) return null;
  return { authMessage: typeof message === 'string' && message ? message : null };
}

/**
 * A CORS refusal and a dead server look the same to fetch; an opaque probe tells them apart.
 * `csp`: the page's Content Security Policy refused the probe itself (its `connect-src`).
 */
async function reachable(url: string, signal?: AbortSignal): Promise<boolean | 'csp'> {
  let refused = false;
  const listener = (event: SecurityPolicyViolationEvent): void => {
    if (
      /^connect-src|^default-src/.test(event.effectiveDirective) &&
      event.blockedURI.startsWith(new URL(url).origin)
    )
      refused = true;
  };
  window.addEventListener('securitypolicyviolation', listener);
  try {
    await fetch(url, { mode: 'no-cors', signal, cache: 'no-store' });
    return true;
  } catch {
    // The violation is reported in a task of its own, after the fetch failed.
    await new Promise((resolve) => setTimeout(resolve, 50));
    return refused ? 'csp' : false;
  } finally {
    window.removeEventListener('securitypolicyviolation', listener);
  }
}

/**
 * Fetches `{url}/config` (never under the API prefix) and parses it as JSON, turning every way
 * it can fail into a specific message. No credentials and no custom headers: a simple GET needs
 * no preflight. `started` is that same request, already under way (src/loader.ts).
 */
export async function loadRawConfig(
  url: string,
  signal?: AbortSignal,
  options: LoadOptions = {},
): Promise<unknown> {
  const configUrl = `${url}/config`;
  let response: Response;
  try {
    response = await (options.started?.config ??
      fetch(configUrl, {
        credentials: options.withCredentials ? 'include' : 'same-origin',
        headers: bearer(options.token),
        signal,
      }));
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    const probe = await reachable(configUrl, signal);
    if (probe === 'csp') {
      const origin = new URL(url).origin;
      throw new LoadError(
        `This page's Content Security Policy does not allow connecting to ${origin}: add ${origin} to its connect-src (the app also needs it in img-src, media-src and font-src; see the README's "Security and reliability").`,
        'csp',
      );
    }
    if (probe) {
      throw new LoadError(
        options.token?.()
          ? `${url} refused this page (CORS): the server does not allow embedding from ${location.origin} with a token (an Authorization header), or it refused the token without CORS headers.`
          : `${url} refused this page (CORS): the server does not allow embedding from ${location.origin}.`,
        'cors',
      );
    }
    throw new LoadError(`Could not reach ${url}. Is the server running?`, 'unreachable');
  }
  if (response.status === 401) {
    const login = await gradioLogin(response);
    if (login) throw new LoadError(`${url} requires a login.`, 'login', login.authMessage);
    throw new LoadError(
      options.token?.()
        ? `${url} refused the token (401): it may have expired, or it does not give access to this app.`
        : `${url} requires a token (401): set the element's token property.`,
      'token',
    );
  }
  if (response.status === 403 && options.token?.()) {
    throw new LoadError(`${url} refused the token (403): it does not give access to this app.`, 'token');
  }
  if (response.status === 404) {
    throw new LoadError(`${url} is not a Gradio app (it has no /config).`, 'not-gradio');
  }
  if (!response.ok) {
    throw new LoadError(`${url} answered ${response.status} ${response.statusText} for its config.`, 'http');
  }
  // The loader's early request has its body parsed already; reading it failing is not a
  // parse error, and propagates as it is.
  const parsed = options.started
    ? options.started.body
    : response.text().then((text) => JSON.parse(text) as unknown);
  try {
    return await parsed;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new LoadError(`${url} is not a Gradio app (its /config is not JSON).`, 'not-gradio');
  }
}
