/**
 * The one place app-supplied JavaScript runs (event `js`, `js_implementation`, Blocks `js`,
 * `head`; gr.HTML's templates, `js_on_load` and `head`), and the policy for it, set by the
 * host's `allow_js` attribute (`JsPolicy`):
 *
 * - `sandbox` (the default): functions that need nothing of the page (event `js`,
 *   `js_implementation`, gr.HTML template expressions) run in a sandboxed realm (`JsRealm`: an
 *   opaque-origin frame; values in and out as structured clones), where they cannot read the
 *   host page's cookies, storage or DOM. gr.HTML `js_on_load` runs in the page on its own block
 *   (custom HTML components are built on it). The app-level `js` does not run, and the app's HTML
 *   (values, templates, `sanitize_html=False` markdown) is shown without its inline code.
 * - `page` (`allow_js="true"`): everything runs in the host page's window, as on the app's own page.
 * - `none` (`allow_js="false"`): as `sandbox`, and `js_on_load` does not run either: no code of
 *   the app runs in the host page.
 * `head` runs only with `allow_head`, whatever the policy. The README's "Security and
 * reliability" section lists what runs where.
 */
import type { JsRealm } from './js-realm.js';
import type * as RealmModule from './js-realm.js';
import { trustedHtml } from '../base/trusted-html.js';

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

/** What needs the page, said once per app when the host has not allowed it. */
const NEEDS_PAGE =
  'does not run: it needs your page, and the host has not trusted the app with it. Add allow_js="true" to the <gradio-app> element if you trust the app.';

/** Where an app's JavaScript may run (see the top of this module). */
export type JsPolicy = 'page' | 'sandbox' | 'none';

/** The sandbox frame's module: off the first render's path. */
const loadRealm = (): Promise<typeof RealmModule> => import('./js-realm.js');

/** The policy an `allow_js` value asks for: true, false, or absent. */
export function jsPolicy(allowJs: boolean | undefined): JsPolicy {
  return allowJs === true ? 'page' : allowJs === false ? 'none' : 'sandbox';
}

/**
 * The policy for one app: runs its JavaScript in the host page's window when the host allowed
 * it (`page`), else in a sandboxed realm, or not at all where the code needs the page.
 */
export class AppJs {
  #realm: JsRealm | null = null;
  #root: ShadowRoot | null = null;
  #attached!: (root: ShadowRoot) => void;
  readonly #whenAttached = new Promise<ShadowRoot>((resolve) => (this.#attached = resolve));
  readonly #said = new Set<string>();
  #disposed = false;

  readonly #html: (markup: string) => string;

  /** The host page trusts the app with its page (`allow_js="true"`). */
  readonly trusted: boolean;

  constructor(
    readonly policy: JsPolicy,
    /** Turns markup we built into what an HTML sink accepts (Trusted Types). */
    html: (markup: string) => string = (s) => s,
  ) {
    this.trusted = policy === 'page';
    this.#html = html;
  }

  /** The app's root is on the page: the sandbox frame (if one is needed) goes in it. */
  attach(root: ShadowRoot): void {
    this.#root = root;
    this.#attached(root);
  }

  /**
   * The visitor reached for an app with code for the sandbox (event js): the sandbox's module
   * loads now, in the background, rather than on its first run.
   */
  warm(): void {
    if (this.policy === 'sandbox') void loadRealm().catch(() => undefined);
  }

  async #sandbox(): Promise<JsRealm> {
    if (this.#realm) return this.#realm;
    const root = this.#root ?? (await this.#whenAttached);
    const { JsRealm } = await loadRealm();
    if (this.#disposed) throw new Error('the app is gone');
    this.#realm ??= new JsRealm(root, this.#html);
    return this.#realm;
  }

  /** An event's `js` or `js_implementation`, with the event's inputs; resolves its result. */
  async event(source: string, args: readonly unknown[]): Promise<unknown> {
    if (this.trusted) return runEventJs(source, args);
    return (await this.#sandbox()).call(source, args);
  }

  /** The app-level `js`, once after the first render: only when trusted. */
  async app(source: string, root: ShadowRoot): Promise<void> {
    if (!this.trusted) {
      this.#say("The app's js (gr.Blocks(js=...))");
      return;
    }
    await runAppJs(source, root);
  }

  /**
   * A gr.HTML template literal: its value at once when it holds no code (or the app is
   * trusted), else a promise of the value from the sandbox.
   */
  templateLiteral(body: string, scope: Readonly<Record<string, unknown>>): string | Promise<string> {
    if (this.trusted || !/[`\\]|\$\{/.test(body) || body === '${value}')
      return evalTemplateLiteral(body, scope);
    return this.#sandbox().then((realm) => realm.template(body, scope));
  }

  /** gr.HTML `js_on_load`: on its block, unless the host refused all the app's code. */
  block(body: string, args: Readonly<Record<string, unknown>>): unknown {
    if (this.policy === 'none') {
      this.#say("A gr.HTML block's js_on_load");
      return undefined;
    }
    return runBlockJs(body, args);
  }

  #say(what: string): void {
    if (this.#said.has(what)) return;
    this.#said.add(what);
    console.info(`[gradio-app] ${what} ${NEEDS_PAGE}`);
  }

  dispose(): void {
    this.#disposed = true;
    this.#realm?.dispose();
    this.#realm = null;
  }
}
