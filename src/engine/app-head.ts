/**
 * The app's code that runs with the host page's rights only when the host allows it: the app's
 * and its blocks' `head` HTML (`allow_head`) and its Blocks-level `js` (`allow_js="true"`). Few
 * apps have them and fewer hosts allow them, so this module is a chunk of its own, imported
 * through app-js.ts's loadAppHead only when one of them is to run (AppSession.start, the
 * `loadHead` service, AppJs.app). The policy is at the top of app-js.ts.
 */
import { trustedHtml } from '../base/trusted-html.js';
import { compile, type AnyFn } from './app-js.js';

/**
 * Runs the app-level `js` once, after the first render. Gradio apps write it as a function
 * (`() => {...}`), which is called; plain statements run as a script body. A non-arrow function
 * gets the app's shadow root as `this`, its one handle on the embedded app.
 */
export async function runAppJs(source: string, root: ShadowRoot): Promise<void> {
  let fn: AnyFn;
  try {
    fn = compile(source);
  } catch {
    fn = new Function(source) as AnyFn;
  }
  await fn.call(root);
}

/**
 * Adds the app's `head` HTML to its shadow root, only when the host page opted in: scripts run
 * (a script element runs wherever it is connected), styles and stylesheet links apply inside the
 * app. Tags that belong to the host page (meta, title, base) are left out, so nothing is written
 * into the host document. Returns what removes it again.
 */
export function mountAppHead(head: string, root: ShadowRoot): () => void {
  const parsed = new DOMParser().parseFromString(
    trustedHtml(`<!doctype html><head>${head}</head>`),
    'text/html',
  );
  const holder = document.createElement('div');
  holder.className = 'gr-app-head';
  holder.hidden = true;
  root.append(holder);
  for (const node of [...parsed.head.children, ...parsed.body.children]) {
    const tag = node.localName;
    if (tag === 'script') {
      // Parsed scripts never run; a created one does.
      const script = document.createElement('script');
      for (const attr of node.attributes) script.setAttribute(attr.name, attr.value);
      script.textContent = node.textContent;
      holder.append(script);
    } else if (
      tag === 'style' ||
      (tag === 'link' && /\bstylesheet\b/i.test(node.getAttribute('rel') ?? ''))
    ) {
      holder.append(document.importNode(node, true));
    }
  }
  return () => holder.remove();
}

/**
 * The `head` HTML of an app's blocks (gr.HTML `head`), in the app's shadow root: scripts run
 * once per `src` (or per inline text), stylesheets and styles apply inside the app only; tags
 * that belong to the host page (meta, title, base) are left out. Used only when the host page
 * allows the app's head.
 */
export class BlockHeads {
  readonly #holder: HTMLElement;
  readonly #loads = new Map<string, Promise<void>>();

  constructor(root: ShadowRoot) {
    this.#holder = document.createElement('div');
    this.#holder.className = 'gr-block-head';
    this.#holder.hidden = true;
    root.append(this.#holder);
  }

  /** Adds what is new in `head`; resolves when its scripts have loaded or failed. */
  load(head: string): Promise<void> {
    const parsed = new DOMParser().parseFromString(
      trustedHtml(`<!doctype html><head>${head}</head>`),
      'text/html',
    );
    const waits: Promise<void>[] = [];
    for (const node of [...parsed.head.children, ...parsed.body.children]) {
      const tag = node.localName;
      const isStylesheet = tag === 'link' && /\bstylesheet\b/i.test(node.getAttribute('rel') ?? '');
      if (tag !== 'script' && tag !== 'style' && !isStylesheet) continue;
      const key = `${tag}:${node.getAttribute('src') ?? node.getAttribute('href') ?? node.textContent}`;
      let done = this.#loads.get(key);
      if (!done) {
        done = this.#add(node);
        this.#loads.set(key, done);
      }
      waits.push(done);
    }
    return Promise.all(waits).then(() => undefined);
  }

  #add(node: Element): Promise<void> {
    if (node.localName !== 'script') {
      this.#holder.append(document.importNode(node, true));
      return Promise.resolve();
    }
    // Parsed scripts never run; a created one does. In order, as tags in a head would.
    const script = document.createElement('script');
    for (const attr of node.attributes) script.setAttribute(attr.name, attr.value);
    script.textContent = node.textContent;
    if (!script.src) {
      this.#holder.append(script);
      return Promise.resolve();
    }
    script.async = false;
    const loaded = new Promise<void>((resolve) => {
      script.onload = () => resolve();
      script.onerror = () => {
        console.warn(`[gradio-app] A block's head script failed to load: ${script.src}`);
        resolve();
      };
    });
    this.#holder.append(script);
    return loaded;
  }

  dispose(): void {
    this.#holder.remove();
    this.#loads.clear();
  }
}
