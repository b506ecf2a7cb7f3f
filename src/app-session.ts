import { html } from 'lit';
import type { AppConfig } from './config/config-types.js';
import { normalizeConfig } from './config/normalize.js';
import { UnsupportedAppError } from './config/config-error.js';
import { buildTree, typesIn, type BlockNode } from './config/build-tree.js';
import { resolveInteractivity } from './config/interactivity.js';
import { AppStore } from './store/app-store.js';
import type * as BrowserStateModule from './store/browser-state.js';
import type * as SelectedTabModule from './store/selected-tab.js';
import { connectClient } from './engine/client-adapter.js';
import type { ClientPort } from './engine/client-events.js';
import { Dispatcher, type EngineHooks } from './engine/dispatcher.js';
import { AppJs, jsPolicy, loadAppHead } from './engine/app-js.js';
import type { BlockHeads } from './engine/app-head.js';
import { trustedHtml } from './base/trusted-html.js';
import { renderBlock, type RenderContext } from './render/block-directive.js';
import { renderPlaceholder } from './render/placeholder.js';
import { createTranslator } from './render/i18n.js';
import { ensureDefined, isKnownType, loadBlockTag, preloadFor } from './render/registry.js';
import { fileUrl } from './render/file-url.js';
import type { AppServices } from './base/app-services.js';
import { loadTheme, customCssSheet, useThemeFonts } from './theme/theme-css.js';
import { parseSrc, type ResolvedSource } from './source/resolve-source.js';
import type * as SpaceModule from './source/space.js';
import { loadRawConfig, LoadError } from './source/load-config.js';
import type { GrTriggerEvent } from './base/trigger-event.js';
import { loadSpace, startFetches, type EarlyFetches } from './loader.js';
// A value import on purpose: the base every component extends then loads with the runtime,
// rather than as a chunk the first component chunk would ask for only once it has arrived.
import { GradioElement } from './base/gradio-element.js';
import { registerStyles } from './base/style-registry.js';
import { tokenStyles } from './theme/tokens.styles.js';
import { appStyles } from './app-session.styles.js';
import type { TemplateButtons, TemplateButtonHost } from './template-buttons.js';
import type * as PageNavModule from './render/nav-links.js';
import { templateAction } from './engine/template-buttons.js';
import { bearer, type TokenSource } from './source/request-auth.js';
import type { LoginPrompt } from './auth/app-login.js';

// The look of a running app (tokens, blocks' shared chrome, the toasts' region) arrives with the
// runtime: the entry carries only what the loading and error screens need.
registerStyles(tokenStyles);
registerStyles(appStyles);

export { EmbedCore } from './embed-core.js';
// Parts nearly every app's first render uses, placed in the runtime chunk instead of chunks of
// their own: each would be a request of its own on the first render's path (a slot of the six
// connections an HTTP/1.1 server allows a page), asked for once the runtime names the types.
// Re-exported so the bundler keeps them here; nothing calls them through the runtime.
export { styleMap } from 'lit/directives/style-map.js';
export { ifDefined } from 'lit/directives/if-defined.js';
export { live } from 'lit/directives/live.js';
export { block } from './base/block.js';
export { cssLength } from './base/css-length.js';
export { icons } from '../components/common/icons.js';
export { renderCopyButton } from '../components/common/copy-button.js';
export { renderCustomButtons } from '../components/common/custom-buttons.js';
export { errorTitle } from './render/app-chrome.js';

/** How the element asked to render: natively, as an iframe, or natively where possible. */
export type RenderMode = 'auto' | 'native' | 'iframe';

export interface OpenOptions {
  src: string;
  space: string;
  mode: RenderMode;
  signal: AbortSignal;
  /** Progress text for the loading screen (Space stages). */
  onProgress(message: string): void;
  /** `allow_js`: true trusts the app with the page, false refuses all its code there (see AppJs). */
  allowJs?: boolean | undefined;
  /**
   * `allow_head` as the app opens: only so that an app whose head will run fetches that code
   * during the first render. start() is given the value that applies.
   */
  allowHead?: boolean;
  /** The app's structure changed outside the store (another page was picked). */
  requestUpdate(): void;
  hooks: EngineHooks;
  /**
   * The host's bearer token (the element's `token` property), read at each request: the HF API
   * calls and every request to the app carry it in an `Authorization` header.
   */
  token?: TokenSource;
  /** An app launched with `auth=` wants its sign-in form: show this prompt until it resolves. */
  onLogin?(prompt: LoginPrompt): void;
  /** Config and theme requests the element started with the runtime's own (src/loader.ts). */
  early?: EarlyFetches | null;
}

/** Native rendering is not possible (or not wanted): embed this URL as an iframe instead. */
export class FallbackToIframe extends Error {
  override name = 'FallbackToIframe';
  constructor(
    readonly url: string,
    readonly reason: string,
    /** The app's config, when it was loaded before falling back (the host API's facts and runs use it). */
    readonly raw: Record<string, unknown> | null = null,
  ) {
    super(reason);
  }
}

/** Block types our layout code draws itself rather than through an element. */
const STRUCTURAL_TYPES = new Set(['root']);

/**
 * Finds the app's server and, for an app on a Space, waits until the Space runs (unless it is to
 * be shown in an iframe). For `space="user/name"` the host lookup and the status check need only the id, so
 * they go out together rather than one round trip after the other.
 */
async function findServer(options: OpenOptions): Promise<ResolvedSource> {
  const space = options.space.trim();
  const showsIframe = options.mode === 'iframe';
  if (!space) {
    const source = parseSrc(options.src);
    if (!showsIframe && (source.spaceId || source.subdomain)) {
      await untilRunning(await loadSpace(), source, options, options.signal);
    }
    return source;
  }
  const spaces = await loadSpace();
  if (showsIframe || !spaces.isSpaceId(space))
    return spaces.resolveSpace(space, options.signal, options.token);
  // The status check stops with the lookup when the lookup fails (an unknown Space).
  const checking = new AbortController();
  const stop = (): void => checking.abort();
  options.signal.addEventListener('abort', stop, { once: true });
  const running = untilRunning(spaces, { spaceId: space, subdomain: null }, options, checking.signal);
  running.catch(() => undefined);
  try {
    const source = await spaces.resolveSpace(space, options.signal, options.token);
    await running;
    return source;
  } finally {
    checking.abort();
    options.signal.removeEventListener('abort', stop);
  }
}

/** Polls the Space's status until it runs, showing each stage on the loading screen. */
function untilRunning(
  spaces: typeof SpaceModule,
  ref: { spaceId: string | null; subdomain: string | null },
  options: OpenOptions,
  signal: AbortSignal,
): Promise<void> {
  return spaces.waitForSpace(ref, {
    signal,
    onStage: (stage) => options.onProgress(spaces.stageMessage(stage)),
    token: options.token,
  });
}

/**
 * Everything after the lazy gate: finds the server, loads and normalizes the config, connects,
 * loads the theme and the element modules, and builds the store and engine. Throws
 * FallbackToIframe when the app should be shown as an iframe.
 */
export async function openApp(options: OpenOptions): Promise<AppSession> {
  // Under Trusted Types, a page that does not allow our policy hears so now, not from a blank block.
  trustedHtml('');
  const source = await findServer(options);
  if (options.mode === 'iframe') throw new FallbackToIframe(source.url, 'iframe mode requested');
  // Used only when made for the URL resolved here (the loader reads src more simply), and
  // never with a token: the loader's requests carry none. A Space that runs has its config and
  // theme requested together now, as a plain src has them from the loader.
  const withoutToken = !options.token?.();
  const early =
    options.early?.url === source.url && withoutToken
      ? options.early
      : withoutToken && (source.spaceId || source.subdomain)
        ? startFetches(source.url, options.signal)
        : null;
  let raw: unknown;
  /** The app wants its cookies on every request (an auth= app, signed in). */
  let signedIn = false;
  try {
    raw = await loadRawConfig(source.url, options.signal, {
      token: options.token,
      started: early ?? undefined,
    });
  } catch (error) {
    // A CORS refusal stops our fetches, not an iframe.
    if (
      error instanceof LoadError &&
      error.kind === 'cors' &&
      options.mode === 'auto' &&
      !options.token?.()
    ) {
      throw new FallbackToIframe(source.url, error.message);
    }
    if (!(error instanceof LoadError && error.kind === 'login' && options.onLogin)) throw error;
    raw = await signedInConfig(source.url, error.authMessage, options);
    signedIn = true;
  }
  let config: AppConfig;
  try {
    config = normalizeConfig(raw, source.url);
  } catch (error) {
    if (error instanceof UnsupportedAppError && options.mode === 'auto') {
      throw new FallbackToIframe(source.url, error.message);
    }
    throw error;
  }
  // The whole app's layout: every page's block types load before the first render.
  const tree = buildTree(config.layout, config.components);
  const types = [...typesIn(tree)].filter((t) => !STRUCTURAL_TYPES.has(t));
  const unknown = types.filter((t) => !isKnownType(t));
  // An iframe cannot carry the token: an app that needs one stays native (placeholders).
  if (unknown.length && options.mode === 'auto' && !options.token?.()) {
    throw new FallbackToIframe(
      source.url,
      `components not supported natively: ${unknown.join(', ')}`,
      signedIn ? null : config.raw,
    );
  }
  // The block types' chunks first: they are what the first render waits for.
  const defined = types.filter(isKnownType).map((t) => ensureDefined(t));
  for (const component of config.components.values()) preloadFor(component.type, component.props);
  // A LoginButton signs in with a session cookie on the app's origin: its requests carry it.
  const hasLogin = config.dependencies.some((d) => d.js && templateAction(d.js)?.kind === 'login');
  const client = connectClient(source.url, config.raw, {
    withCredentials: hasLogin || signedIn,
    customHeaders: config.acceptsCustomHeaders,
    token: options.token,
    lazy: !usesClientAtOnce(config),
  });
  // A private Space's files load with its signed JWT in their URLs, as @gradio/client does.
  const spaceId = source.spaceId ?? config.spaceId;
  const [theme, signFileUrl, parts] = await Promise.all([
    loadTheme(config, options.signal, bearer(options.token), early?.theme),
    spaceId && options.token?.() ? spaceFileSigner(config, spaceId, options.token, options.signal) : null,
    loadSessionParts(config, types),
    ...defined,
  ]).catch((error: unknown) => {
    client.close();
    throw error;
  });
  return new AppSession(config, tree, client, theme, source, {
    ...options,
    credentials: { token: options.token, cookies: hasLogin || signedIn, signFileUrl },
    parts,
  });
}

/** Parts of a session only some apps use: null for an app that does not. */
export interface SessionParts {
  /** The tab a tabs block shows (an app with tabs or a walkthrough). */
  tabs: typeof SelectedTabModule | null;
  /** gr.BrowserState kept in localStorage. */
  browserState: typeof BrowserStateModule | null;
  /** The navigation bar of a multipage app. */
  nav: typeof PageNavModule | null;
}

/** Loads the session parts this app uses, with its block types' chunks (before the first render). */
function loadSessionParts(config: AppConfig, types: readonly string[]): Promise<SessionParts> {
  const has = (...wanted: string[]): boolean => wanted.some((type) => types.includes(type));
  return Promise.all([
    has('tabs', 'walkthrough') ? import('./store/selected-tab.js') : null,
    has('browserstate') ? import('./store/browser-state.js') : null,
    config.pages.length > 1 ? import('./render/nav-links.js') : null,
  ]).then(([tabs, browserState, nav]) => ({ tabs, browserState, nav }));
}

/**
 * What puts a private Space's JWT into the URLs of its files, or null when the Space gives
 * none. The session signs URLs synchronously as it renders: it keeps this function, and with
 * it the Space module, which it therefore never has to load again.
 */
async function spaceFileSigner(
  config: AppConfig,
  spaceId: string,
  token: TokenSource,
  signal: AbortSignal,
): Promise<((url: string) => string) | null> {
  const { fetchSpaceJwt, signFileUrl } = await loadSpace();
  const jwt = await fetchSpaceJwt(spaceId, token, signal);
  return jwt ? (url) => signFileUrl(url, config.root, config.apiPrefix, jwt) : null;
}

/**
 * Whether an app talks to its server without the visitor doing anything: events on load, a
 * timer, or a heartbeat (the server runs the app's unload handlers when it ends). Such an app
 * connects at once; any other connects when the visitor first reaches for it (EmbedCore) or
 * the first event runs, so a page view that never uses the app never loads the client.
 */
function usesClientAtOnce(config: AppConfig): boolean {
  if (config.connectHeartbeat) return true;
  for (const component of config.components.values()) if (component.type === 'timer') return true;
  return config.dependencies.some((d) => d.targets.some((t) => t.event === 'load'));
}

/**
 * The config of an app launched with `auth=`: with the app's cookies if the browser is signed
 * in already, else after the sign-in form. The user may pick the app's own page instead.
 */
async function signedInConfig(
  url: string,
  authMessage: string | null,
  options: OpenOptions,
): Promise<unknown> {
  try {
    return await loadRawConfig(url, options.signal, { token: options.token, withCredentials: true });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
  }
  // The sign-in flow and its form load only for an app that asks for them.
  const [{ signIn, LoginIframeRequested }, { defineLoginForm }] = await Promise.all([
    import('./auth/app-login.js'),
    import('./auth/login-form.js'),
  ]);
  defineLoginForm();
  try {
    const raw = await signIn(url, {
      signal: options.signal,
      token: options.token,
      authMessage,
      show: (prompt) => options.onLogin!(prompt),
    });
    options.onProgress('Loading…');
    return raw;
  } catch (error) {
    if (error instanceof LoginIframeRequested) throw new FallbackToIframe(url, error.message);
    throw error;
  }
}

/** How one app's requests authenticate, for the parts of the session that fetch by themselves. */
export interface SessionCredentials {
  token?: TokenSource;
  /** Send the app's cookies (an auth= app signed in, a LoginButton). */
  cookies: boolean;
  /** Adds a private Space's JWT to a file URL (see spaceFileSigner); null when there is none. */
  signFileUrl: ((url: string) => string) | null;
}

/** One connected app: its config, store, engine and render tree, until disposed. */
export class AppSession {
  readonly store: AppStore;
  readonly dispatcher: Dispatcher;
  readonly #context: RenderContext;
  readonly #stopPersisting: () => void;
  #unmountHead: (() => void) | null = null;
  /** Where blocks' `head` HTML goes: set by start() when the host allows the app's head. */
  #blockHeadRoot: ShadowRoot | null = null;
  /** Blocks' `head` HTML, made when the first block with one asks (its module loads then). */
  #blockHeads: Promise<BlockHeads | null> | null = null;
  #started!: () => void;
  readonly #whenStarted = new Promise<void>((resolve) => (this.#started = resolve));
  /** Resolves Gradio i18n tokens for display (labels, titles, placeholders). */
  readonly translate: (value: unknown) => unknown;
  /** Where and whether the app's JavaScript runs (the host's `allow_js`). */
  readonly #js: AppJs;
  #disposed = false;

  readonly #pages: {
    route: string;
    name: string;
    showInNavbar: boolean;
    tree: BlockNode;
    /** The page's gr.Navbar, whose props shape the navigation bar on that page. */
    navbar: number | null;
  }[];
  readonly #requestUpdate: () => void;
  readonly #tabs = new Map<number, BlockNode>();
  /** LoginButton, DuplicateButton and deep links: their module loads for an app that has them. */
  #templateButtons: TemplateButtons | null = null;
  #templateButtonsLoading: Promise<TemplateButtons> | null = null;
  readonly #credentials: SessionCredentials;
  readonly #parts: SessionParts;
  #page = 0;

  constructor(
    readonly config: AppConfig,
    /** The whole app's layout (every page), as built for loading its block types. */
    tree: BlockNode,
    readonly client: ClientPort,
    readonly themeSheet: CSSStyleSheet | null,
    readonly source: ResolvedSource,
    options: Pick<OpenOptions, 'hooks' | 'requestUpdate' | 'allowJs' | 'allowHead'> & {
      credentials?: SessionCredentials;
      /** The parts of a session this app uses (see loadSessionParts); none by default. */
      parts?: SessionParts;
    },
  ) {
    this.#credentials = options.credentials ?? { cookies: false, signFileUrl: null };
    const parts = (this.#parts = options.parts ?? { tabs: null, browserState: null, nav: null });
    this.#requestUpdate = options.requestUpdate;
    this.#js = new AppJs(jsPolicy(options.allowJs), trustedHtml);
    // The head's module is requested by start(), after the first render; an app that will run
    // its head or Blocks js fetches it now, alongside that render, so start() does not wait.
    const runsHead =
      options.allowHead &&
      (config.head || [...config.components.values()].some((component) => component.props.head));
    if (runsHead || (config.js && this.#js.trusted)) void loadAppHead().catch(() => undefined);
    // Every tabs block of the app, for the tab Gradio reports as selected on load and on updates.
    const visit = (node: BlockNode): void => {
      if (node.type === 'tabs' || node.type === 'walkthrough') this.#tabs.set(node.id, node);
      node.children?.forEach(visit);
    };
    visit(tree);
    const hooks = {
      ...options.hooks,
      selectedTab: (tabsId: number) => {
        const node = this.#tabs.get(tabsId);
        return node && parts.tabs ? parts.tabs.selectedTab(this.store, node) : null;
      },
      templateButton: async (...args: Parameters<TemplateButtons['run']>) =>
        (this.#templateButtons ?? (await this.#loadTemplateButtons(buttonHost))).run(...args),
      runJs: (source: string, args: readonly unknown[]) => this.#js.event(source, args),
    };
    const buttonHost: TemplateButtonHost = {
      root: config.root,
      page: () => this.page,
      sessionHash: async () => (await client.sessionHash?.()) ?? null,
      valueOf: (id) => this.store.value(id),
      // LoginButton's label comes from a load-time status check: ask it again.
      recheck: (id) => {
        for (const dep of config.dependencies) {
          if (dep.outputs.includes(id) && dep.targets.some((t) => t.event === 'load')) {
            void this.dispatcher.run(dep, null, null);
          }
        }
      },
      toast: (toast) => options.hooks.toast(toast),
      requestInit: () => ({
        headers: bearer(this.#credentials.token),
        credentials: this.#credentials.cookies ? 'include' : 'same-origin',
      }),
    };
    // Loaded ahead of the first click (a popup opens best close to it).
    if (config.dependencies.some((d) => d.js && templateAction(d.js))) {
      void this.#loadTemplateButtons(buttonHost).catch(() => undefined);
    }
    this.#pages = config.pages.map((page) => ({
      route: page.route,
      name: page.name,
      showInNavbar: page.showInNavbar,
      tree: buildTree(page.layout, config.components),
      navbar: null as number | null,
    }));
    for (const page of this.#pages) {
      const find = (node: BlockNode): number | null =>
        node.type === 'navbar'
          ? node.id
          : (node.children ?? []).reduce<number | null>((f, c) => f ?? find(c), null);
      page.navbar = find(page.tree);
    }
    this.store = new AppStore(config.components.values());
    for (const [id, interactive] of resolveInteractivity(config.components.values(), config.dependencies)) {
      this.store.patch(id, { interactive });
    }
    this.#stopPersisting = parts.browserState?.persistBrowserState(this.store, config.root) ?? (() => {});
    // The navigation bar is drawn here from the Navbar's props: an update to them redraws it.
    for (const page of this.#pages) {
      if (page.navbar !== null) this.store.subscribe(page.navbar, () => this.#requestUpdate());
    }
    this.dispatcher = new Dispatcher(config.dependencies, this.store, client, hooks);
    this.translate = createTranslator(config.translations);
    this.#context = {
      store: this.store,
      placeholder: renderPlaceholder,
      translate: this.translate,
      services: this.#services(),
    };
  }

  #loadTemplateButtons(host: TemplateButtonHost): Promise<TemplateButtons> {
    this.#templateButtonsLoading ??= import('./template-buttons.js').then(({ TemplateButtons }) => {
      this.#templateButtons = new TemplateButtons(host);
      // Disposed meanwhile: it watches nothing yet, and is never used.
      return this.#templateButtons;
    });
    return this.#templateButtonsLoading;
  }

  #services(): AppServices {
    const { root, apiPrefix } = this.config;
    return {
      root,
      fileUrl: (file) => {
        const url = fileUrl(file, root, apiPrefix);
        const sign = this.#credentials.signFileUrl;
        return url && sign ? sign(url) : url;
      },
      // Only datasets (gr.Examples) show example forms: their table of renderers loads with the first.
      loadExampleRenderer: async (type) => (await import('./render/examples.js')).loadExampleRenderer(type),
      loadBlock: loadBlockTag,
      callServerFunction: (blockId, fnName, data) => this.client.componentServer(blockId, fnName, data),
      listens: (blockId, trigger) => this.dispatcher.listens(blockId, trigger),
      hold: (blockId, work) => this.store.trackPending(blockId, work),
      appJs: {
        trusted: this.#js.trusted,
        templateLiteral: (body, scope) => this.#js.templateLiteral(body, scope),
        run: (body, args) => this.#js.block(body, args),
        loadHead: async (head) => {
          await this.#whenStarted;
          await (await this.#loadBlockHeads())?.load(head);
        },
      },
      upload: (files, request) => {
        // The upload checks and requests load with the first upload.
        const work = import('./engine/upload.js').then(({ uploadFiles }) =>
          uploadFiles(this.client, files, this.config.maxFileSize, request),
        );
        if (request?.blockId !== undefined) this.store.trackPending(request.blockId, work);
        return work;
      },
    };
  }

  /** The blocks' head holder, if the host allows the app's head; null once the app is gone. */
  #loadBlockHeads(): Promise<BlockHeads | null> {
    const root = this.#blockHeadRoot;
    if (!root) return Promise.resolve(null);
    this.#blockHeads ??= loadAppHead().then(
      // Disposed while the module loaded: the root may be the next app's by now.
      ({ BlockHeads }) => (this.#disposed ? null : new BlockHeads(root)),
      // As a failing head script does: the block goes on without it (BlockHeads).
      (error: unknown) => {
        console.warn("[gradio-app] The blocks' head failed to load:", error);
        return null;
      },
    );
    return this.#blockHeads;
  }

  /**
   * The app's own sheets for its root, in order: theme, then its css= (unlayered, last). The
   * theme's fonts are registered by `start`, after the first frame.
   */
  sheets(): CSSStyleSheet[] {
    const custom = customCssSheet(this.config.css, this.config.root);
    return [this.themeSheet, custom].filter((s): s is CSSStyleSheet => s !== null);
  }

  /** The current page's route ("" is the home page). */
  get page(): string {
    return this.#pages[this.#page]!.route;
  }

  /** Shows another page of a multipage app; the host page's URL is left alone. */
  showPage(route: string): void {
    const index = this.#pages.findIndex((p) => p.route === route);
    if (index < 0 || index === this.#page) return;
    this.#page = index;
    this.#requestUpdate();
  }

  /** The app's layout: the navbar of a multipage app, then the current page. */
  render(): unknown {
    const current = this.#pages[this.#page]!;
    const navbar = current.navbar === null ? null : this.store.props(current.navbar);
    const nav = this.#parts.nav?.renderPageNav(
      {
        pages: this.#pages,
        route: current.route,
        translate: this.translate,
        open: (route) => this.#openRoute(route),
      },
      navbar,
    );
    return html`${nav}
      <div class="gr-root">${current.tree.children?.map((child) => renderBlock(child, this.#context))}</div>`;
  }

  /** A navbar link: a page of the app is shown in place; any other app path opens in a new tab. */
  #openRoute(route: string): void {
    if (this.#pages.some((p) => p.route === route)) this.showPage(route);
    else window.open(`${this.config.root}/${route}`, '_blank', 'noopener,noreferrer');
  }

  /** A component reported a user action: keep its value, then run what it triggers. */
  handleTrigger(event: GrTriggerEvent): void {
    if (!(event.target instanceof GradioElement)) return;
    const element = event.target as GradioElement & { value?: unknown };
    const id = element.blockId;
    if (typeof id !== 'number' || id < 0) return;
    if ('value' in element) this.store.setValue(id, element.value, 'user');
    // A validator's message goes once the user edits the input, as on Gradio's page.
    const edit = event.trigger === 'input' || event.trigger === 'change';
    if (edit && this.store.props(id).validation_error) this.store.patch(id, { validation_error: null });
    // Like value, these change in place by the user (an accordion opened, a tab picked). Kept in
    // the store, so the next sync of the block (a status, an update) does not undo them.
    const state = element as unknown as Record<string, unknown>;
    const userProps = (element.constructor as typeof GradioElement).userProps;
    const changed = userProps.filter((key) => state[key] !== this.store.props(id)[key]);
    if (changed.length) this.store.patch(id, Object.fromEntries(changed.map((key) => [key, state[key]])));
    // Not a user action: the block's value changed form (the image editor re-encoding a value the
    // app gave it, as Gradio's page sends it); stored, nothing runs.
    if (event.trigger === 'value') return;
    // A gr.Button placed in a block's toolbar: the app runs that button's own click listeners.
    if (event.trigger === 'custom_button_click') {
      const target = (event.data as { id?: unknown } | null)?.id;
      if (typeof target === 'number') void this.dispatcher.trigger(target, 'click');
      return;
    }
    void this.dispatcher.trigger(id, event.trigger, event.data);
  }

  /**
   * Runs once the first layout is on screen: the app's `head` (if the host allowed it), its js,
   * then its load events.
   */
  async start(root: ShadowRoot, allowHead: boolean): Promise<void> {
    // Called as the first frame is about to be drawn; what that frame does not need waits until
    // it has been (a task queued now runs after it), off the first paint's path on a slow phone.
    setTimeout(() => {
      if (this.#disposed) return;
      // The theme's fonts: text shows in a fallback font until a face has downloaded either way
      // (they swap), and a face downloads only once text uses it.
      useThemeFonts(this.themeSheet);
      // A client that starts lazily asks the server for the app's API description first: that
      // request goes out now, so the visitor's first event waits at most for the client's code.
      this.client.prefetch?.();
    });
    if (allowHead && this.config.head) {
      // Its module failing to load leaves the app without its head, as a failing script would.
      const module = await loadAppHead().catch((error: unknown) => {
        console.warn("[gradio-app] The app's head failed to load:", error);
        return null;
      });
      // Disposed while the module loaded: the root may be the next app's by now.
      if (this.#disposed) return;
      this.#unmountHead = module?.mountAppHead(this.config.head, root) ?? null;
    }
    if (allowHead) this.#blockHeadRoot = root;
    this.#js.attach(root);
    this.#started();
    if (this.config.js) {
      try {
        await this.#js.app(this.config.js, root);
      } catch (error) {
        console.warn("[gradio-app] The app's js failed:", error);
      }
    }
    void this.dispatcher.load();
    // As on the app's own page, each tabs block's shown tab reports `select` once it is up.
    for (const node of this.#tabs.values()) {
      if (node.type !== 'tabs') continue;
      const tab = this.#parts.tabs?.selectedTab(this.store, node);
      if (tab) void this.dispatcher.trigger(tab.id, 'select', tab.data);
    }
  }

  /**
   * The visitor reached for the app (a pointer over it, focus in it, a touch): what its first
   * event needs loads now, so that event rarely waits: the client (for an app that connects
   * lazily), the event engine, and the sandbox for the app's event JavaScript if it has any.
   */
  warm(): void {
    if (this.#disposed) return;
    this.client.warm?.();
    void this.dispatcher.warm();
    if (this.config.dependencies.some((d) => d.js || d.jsImplementation)) this.#js.warm();
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#stopPersisting();
    this.#unmountHead?.();
    void this.#blockHeads?.then((heads) => heads?.dispose());
    this.#templateButtons?.dispose();
    this.#js.dispose();
    void this.dispatcher.stop();
    this.client.close();
  }
}
