/** Why the config could not be had; `kind` picks the error screen and the fallback. */
export type LoadErrorKind = 'unreachable' | 'cors' | 'not-gradio' | 'login' | 'http';

export class LoadError extends Error {
  override name = 'LoadError';
  constructor(
    message: string,
    readonly kind: LoadErrorKind,
  ) {
    super(message);
  }
}

/** A CORS refusal and a dead server look the same to fetch; an opaque probe tells them apart. */
async function reachable(url: string, signal?: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', signal, cache: 'no-store' });
    return true;
  } catch {
    return false;
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
  started?: Promise<Response>,
): Promise<unknown> {
  const configUrl = `${url}/config`;
  let response: Response;
  try {
    response = await (started ?? fetch(configUrl, { credentials: 'same-origin', signal }));
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    if (await reachable(configUrl, signal)) {
      throw new LoadError(
        `${url} refused this page (CORS): the server does not allow embedding from ${location.origin}.`,
        'cors',
      );
    }
    throw new LoadError(`Could not reach ${url}. Is the server running?`, 'unreachable');
  }
  if (response.status === 401) {
    throw new LoadError(`${url} requires a login, which an embed cannot provide.`, 'login');
  }
  if (response.status === 404) {
    throw new LoadError(`${url} is not a Gradio app (it has no /config).`, 'not-gradio');
  }
  if (!response.ok) {
    throw new LoadError(`${url} answered ${response.status} ${response.statusText} for its config.`, 'http');
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LoadError(`${url} is not a Gradio app (its /config is not JSON).`, 'not-gradio');
  }
}
