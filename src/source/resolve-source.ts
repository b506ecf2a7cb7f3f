/** A bad `src` or `space`: the message says what was wrong and what to write instead. */
export class SourceError extends Error {
  override name = 'SourceError';
}

export interface ResolvedSource {
  /** The app's URL, no trailing slash; a sub-path mount keeps its path. */
  url: string;
  /** The Hugging Face Space id (`user/name`), when known: status polling and the info footer. */
  spaceId: string | null;
  /** The `*.hf.space` subdomain, when `src` points at a Space directly. */
  subdomain: string | null;
}

import { bearer, type TokenSource } from './request-auth.js';

const SPACE_ID = /^[\w.-]+\/[\w.-]+$/;
export const HF_API = 'https://huggingface.co/api/spaces';

/** Parses a `src` attribute into an app URL. Relative URLs resolve against the host page. */
export function parseSrc(src: string): ResolvedSource {
  const value = src.trim();
  if (!value) throw new SourceError('The src attribute is empty: give the URL of a Gradio app.');
  let url: URL;
  try {
    // "ht!tp://x" would otherwise become the host "ht!tp" of https://ht!tp://x.
    const scheme = /^([^/?#]*):\/\//.exec(value)?.[1];
    if (scheme !== undefined && !/^[a-z][a-z0-9+.-]*$/i.test(scheme)) throw new TypeError('bad scheme');
    // Gradio's embed assumes https for scheme-less hosts ("x.hf.space", "host:7860/sub").
    url =
      /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(value) || value.startsWith('/') || value.startsWith('.')
        ? new URL(value, document.baseURI)
        : new URL(`https://${value}`);
  } catch {
    throw new SourceError(`"${value}" is not a valid URL for the src attribute.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SourceError(`The src attribute must be an http(s) URL, not "${url.protocol}".`);
  }
  url.hash = '';
  url.search = '';
  const host = url.hostname;
  const subdomain = host.endsWith('.hf.space') ? host.slice(0, -'.hf.space'.length) : null;
  return { url: url.href.replace(/\/$/, ''), spaceId: null, subdomain };
}

export function isSpaceId(space: string): boolean {
  return SPACE_ID.test(space.trim());
}

/** Resolves a Space id to its host with the HF API (`/api/spaces/{id}/host`); a private Space needs the token. */
export async function resolveSpace(
  space: string,
  signal?: AbortSignal,
  token?: TokenSource,
): Promise<ResolvedSource> {
  const id = space.trim();
  if (!isSpaceId(id)) {
    throw new SourceError(`The space attribute must look like "user/name", not "${space}".`);
  }
  let response: Response;
  try {
    response = await fetch(`${HF_API}/${id}/host`, { signal, headers: bearer(token) });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new SourceError(`Could not reach Hugging Face to find the Space "${id}".`);
  }
  if (response.status === 401 || response.status === 404) {
    throw new SourceError(
      token?.()
        ? `The Space "${id}" could not be found, or the token does not give access to it.`
        : `The Space "${id}" could not be found, or it is private (a private Space needs the element's token property).`,
    );
  }
  if (!response.ok) throw new SourceError(`Hugging Face answered ${response.status} for the Space "${id}".`);
  const body = (await response.json().catch(() => null)) as { host?: unknown } | null;
  if (typeof body?.host !== 'string')
    throw new SourceError(`Hugging Face gave no host for the Space "${id}".`);
  return { url: body.host.replace(/\/$/, ''), spaceId: id, subdomain: null };
}
