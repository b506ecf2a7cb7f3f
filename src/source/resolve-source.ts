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

// A `space` id is resolved by resolve-space.ts, in the chunk only a Space loads (source/space.ts).

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
