/**
 * The one place app-supplied JavaScript runs, with the two modules it loads when needed (see
 * the end of this comment): event `js`, `js_implementation`, Blocks `js`, `head`; gr.HTML's
 * templates, `js_on_load` and `head`. And the policy for it, set by the host's `allow_js`
 * attribute (`JsPolicy`):
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
 *
 * Where each piece lives: the policy (`AppJs`) and what any app may run (event js, gr.HTML
 * templates and `js_on_load`) are here, in the runtime; the sandboxed realm is js-realm.ts; the
 * app's and its blocks' `head` and the Blocks-level `js` are app-head.ts. Both of those load
 * only when something is to run there, so an app without such code never requests them.
 */
import type { JsRealm } from './js-realm.js';
import type * as RealmModule from './js-realm.js';
import type * as AppHeadModule from './app-head.js';

export type AnyFn = (...args: unknown[]) => unknown;

const compiled = new Map<string, AnyFn>();

/** The function an app's JS source evaluates to; each source is compiled once. */
export function compile(source: string): AnyFn {
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

/** What needs the page, said once per app when the host has not allowed it. */
const NEEDS_PAGE =
  'does not run: it needs your page, and the host has not trusted the app with it. Add allow_js="true" to the <gradio-app> element if you trust the app.';

/** Where an app's JavaScript may run (see the top of this module). */
export type JsPolicy = 'page' | 'sandbox' | 'none';

/** The sandbox frame's module: off the first render's path. */
const loadRealm = (): Promise<typeof RealmModule> => import('./js-realm.js');

/** The app's head and Blocks-level js (app-head.ts): requested only by an app that runs them. */
export const loadAppHead = (): Promise<typeof AppHeadModule> => import('./app-head.js');

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
    const { runAppJs } = await loadAppHead();
    // The app went while its module loaded: its root is no longer its own.
    if (this.#disposed) return;
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
