/**
 * What the element starts the moment its gate opens, all at once and before the runtime has
 * arrived: the runtime chunk with every chunk it imports, and, for an app given by URL, its
 * config and its theme. On a slow network each of these would otherwise wait a round trip for
 * the one before it. Part of the entry, so kept small.
 */
import type * as Runtime from './app-session.js';
import type * as ChunkDeps from './render/chunk-deps.js';
import type * as SpaceModule from './source/space.js';
import { nearViewport } from './internal/viewport-gate.js';
import { RetryingLoad } from './internal/retrying-load.js';

/** The runtime chunk's static imports the entry has not loaded, relative to this module (the build writes them). */
const RUNTIME_DEPS = '__GR_CHUNK_DEPS_RUNTIME__';

/**
 * The Hugging Face Space code: for a `space` embed requested with the runtime, and imported by
 * the runtime when it finds a Space's server (the module map makes that one request).
 */
export const loadSpace = (): Promise<typeof SpaceModule> => import('./source/space.js');

/** What each block type's chunk needs (the registry's list), a small chunk of its own. */
const chunkDeps = (): Promise<typeof ChunkDeps> => import('./render/chunk-deps.js');

/** The runtime, once per page; a failed load is forgotten, so the next mount (Try again) fetches it anew. */
const runtimeLoad = new RetryingLoad(startRuntime);

/** Imports the runtime, its dependencies requested alongside rather than once it has arrived. */
export const loadRuntime = (): Promise<typeof Runtime> => runtimeLoad.get();

function startRuntime(): Promise<typeof Runtime> {
  // The largest first: it is the last to arrive. (Each request costs the main thread a little
  // to start, so they leave a few milliseconds apart on a slow phone.)
  const runtime = import('./app-session.js');
  if (!RUNTIME_DEPS.startsWith('__GR_')) {
    for (const name of RUNTIME_DEPS.split(' ')) {
      if (name) import(/* @vite-ignore */ new URL(name, import.meta.url).href).catch(() => undefined);
    }
  }
  chunkDeps().catch(() => undefined);
  return runtime;
}

/** Requests started before the runtime knew it needed them; the runtime uses them if they fit. */
export interface EarlyFetches {
  /** The app URL they were made for (the runtime checks it against its own reading of src). */
  readonly url: string;
  readonly config: Promise<Response>;
  /**
   * The config's body as JSON, read and parsed once for the runtime and the block-chunk list;
   * undefined when the response is not ok (its body is left to the runtime's error handling).
   */
  readonly body: Promise<unknown>;
  /** theme.css as text, null when it could not be had. */
  readonly theme: Promise<string | null>;
}

/**
 * The app's base URL (origin and path) for a plain app URL the loader's early requests are for;
 * null for anything else (a Space's host, whose status is checked first; a relative src).
 */
function appBase(src: string): string | null {
  let url: URL;
  try {
    url = new URL(src.trim());
  } catch {
    return null;
  }
  return /^https?:$/.test(url.protocol) && !url.hostname.endsWith('.hf.space')
    ? `${url.origin}${url.pathname}`
    : null;
}

/** One theme fetch per app, however many embeds of it the page holds. */
const themes = new Map<string, Promise<string | null>>();

/**
 * Starts the config and theme requests for a plain `src` URL. Anything else (a Space, which is
 * checked first; a relative or scheme-less src) is left to the runtime's own path.
 */
export function fetchEarly(src: string, signal: AbortSignal): EarlyFetches | null {
  const base = appBase(src);
  return base === null ? null : startFetches(base, signal);
}

/**
 * The config and theme requests for an app at `base` (no trailing slash needed), and its block
 * chunks as the config arrives: for a plain src as the gate opens, for a Space once it is found.
 */
export function startFetches(root: string, signal: AbortSignal): EarlyFetches {
  const base = root.replace(/\/$/, '');
  // fetch's default credentials ('same-origin') are the app's: none cross-origin.
  const config = fetch(`${base}/config`, { signal });
  // Settled by the runtime; until then a failure is not an unhandled rejection.
  config.catch(() => undefined);
  const body = config.then((response) => (response.ok ? response.json() : undefined));
  body.catch(() => undefined);
  // The app's block chunks start the moment its config arrives, not once the runtime has
  // arrived and read it.
  chunkDeps()
    .then((deps) => deps.prefetchForConfig(body))
    .catch(() => undefined);
  let theme = themes.get(base);
  if (!theme) {
    theme = fetch(`${base}/theme.css`)
      .then((response) => (response.ok ? response.text() : null))
      .catch(() => null);
    themes.set(base, theme);
    void theme.then((text) => text ?? themes.delete(base));
  }
  return { url: base, config, body, theme };
}

/** Fetches started by `startEarly`, by element, until the element's gate takes them. */
const startedEarly = new Map<Element, { fetches: EarlyFetches; abort: AbortController }>();

/**
 * Starts, for each <gradio-app> already in the page whose gate will open at once (eager, or near
 * the viewport), what the gate would start: the runtime and the app's config and theme. The
 * entry runs this before its own code (Lit, the element's class and styles), whose evaluation
 * on a slow phone costs as long as a round trip: the requests are in flight meanwhile. The same
 * conditions as the element's own early fetches (src/gradio-app.ts); a property the page set on
 * the element before it was defined (its src, a token) leaves it to the element.
 */
export function startEarly(): void {
  // Another copy of the element (the official one, or ours under another URL) owns the tag.
  if (customElements.get('gradio-app')) return;
  for (const element of document.querySelectorAll('gradio-app[src]')) {
    if (['src', 'space', 'mode', 'token'].some((name) => Object.hasOwn(element, name))) continue;
    if (element.getAttribute('space')?.trim() || element.getAttribute('mode') === 'iframe') continue;
    const eager = element.hasAttribute('eager') && element.getAttribute('eager') !== 'false';
    if (!eager && !nearViewport(element)) continue;
    const base = appBase(element.getAttribute('src') ?? '');
    if (base === null) continue;
    loadRuntime().catch(() => undefined);
    const abort = new AbortController();
    startedEarly.set(element, { fetches: startFetches(base, abort.signal), abort });
  }
  // An element that did not take its fetches as it was defined (removed meanwhile, another
  // script's element won the tag) never will.
  if (startedEarly.size) {
    setTimeout(() => {
      for (const { abort } of startedEarly.values()) abort.abort();
      startedEarly.clear();
    });
  }
}

/**
 * The fetches `startEarly` made for this element, once; they are cancelled with `signal`. The
 * runtime uses them only if they were made for the URL it reads from the element's src.
 */
export function takeEarly(element: Element, signal: AbortSignal): EarlyFetches | null {
  const started = startedEarly.get(element);
  if (!started) return null;
  startedEarly.delete(element);
  signal.addEventListener('abort', () => started.abort.abort(), { once: true });
  return started.fetches;
}
