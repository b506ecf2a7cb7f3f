/**
 * The one place app-supplied JavaScript runs (event `js`, `js_implementation`, Blocks `js`,
 * `head`; gr.HTML's templates, `js_on_load` and `head`). An embed runs it because the embedder
 * chose to embed the app: the same trust the official frontend gives it. Keeping it here keeps
 * that policy in one module; the README's "App-supplied JavaScript" lists what runs where.
 */

type AnyFn = (...args: unknown[]) => unknown;

const compiled = new Map<string, AnyFn>();

function compile(source: string): AnyFn {
  let fn = compiled.get(source);
  if (!fn) {
    // Indirect construction keeps the function out of our module scope (no closures over ours).
    const made = new Function(`return (${source.trim()});`)() as unknown;
    if (typeof made !== 'function') throw new TypeError('App JavaScript is not a function.');
    fn = made as AnyFn;
    compiled.set(source, fn);
  }
  return fn;
}

/** Runs an event's JS function with the input values; resolves its (awaited) result. */
export async function runEventJs(source: string, args: readonly unknown[]): Promise<unknown> {
  return await compile(source)(...args);
}

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
  const parsed = new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html');
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

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const literals = new Map<string, AnyFn>();
const LITERAL_CACHE = 100;

/**
 * The value of a JS template literal with this body and the names in `scope` as variables:
 * gr.HTML's `html_template` and `css_template`, evaluated as Gradio does. A body with nothing
 * for JavaScript to do (no `${`, backslash or backtick) is its own value and runs no code.
 */
export function evalTemplateLiteral(body: string, scope: Readonly<Record<string, unknown>>): string {
  if (!/[`\\]|\$\{/.test(body)) return body.replace(/\r\n?/g, '\n');
  if (body === '${value}') return String(scope.value);
  const names = Object.keys(scope).filter((name) => IDENTIFIER.test(name));
  const key = `${names.join(',')}\n${body}`;
  let fn = literals.get(key);
  if (!fn) {
    fn = new Function(...names, `return \`${body}\`;`) as AnyFn;
    if (literals.size >= LITERAL_CACHE) literals.delete(literals.keys().next().value!);
    literals.set(key, fn);
  }
  return String(fn(...names.map((name) => scope[name])));
}

/** Runs a function body with named arguments (gr.HTML's `js_on_load`); returns its result. */
export function runBlockJs(body: string, args: Readonly<Record<string, unknown>>): unknown {
  const names = Object.keys(args);
  const fn = new Function(...names, body) as AnyFn;
  return fn(...names.map((name) => args[name]));
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
    const parsed = new DOMParser().parseFromString(`<!doctype html><head>${head}</head>`, 'text/html');
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
