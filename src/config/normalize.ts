import type {
  AppConfig,
  BodyCss,
  ComponentConfig,
  DependencyConfig,
  DependencyTarget,
  LayoutNode,
  PageConfig,
  ShowProgress,
  TriggerMode,
} from './config-types.js';
import { ConfigError, UnsupportedAppError } from './config-error.js';

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ids = (v: unknown): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];

/** Protocols @gradio/client 2.x can speak: 4.9 and later. */
const SUPPORTED_PROTOCOLS = new Set(['sse_v1', 'sse_v2', 'sse_v2.1', 'sse_v3']);

/** Whether a "major.minor.patch" version is at least `minimum` (an unreadable one counts as new). */
function versionAtLeast(version: string, minimum: readonly number[]): boolean {
  const parts = /^(\d+)\.(\d+)\.(\d+)/.exec(version)?.slice(1).map(Number);
  if (!parts) return true;
  for (let i = 0; i < minimum.length; i++) {
    if (parts[i] !== minimum[i]) return parts[i]! > minimum[i]!;
  }
  return true;
}

/** Deeper than any real app nests: a layout past it is refused before it overflows a stack. */
const MAX_LAYOUT_DEPTH = 500;

/**
 * A layout tree from the config. A block inside itself, or nesting past MAX_LAYOUT_DEPTH, is a
 * ConfigError; a block placed a second time elsewhere is shown once (the first place).
 */
export function normalizeLayout(raw: unknown, where: string): LayoutNode {
  const seen = new Set<number>();
  const ancestors = new Set<number>();
  const visit = (item: unknown, depth: number): LayoutNode | null => {
    if (!isObject(item) || typeof item.id !== 'number') {
      throw new ConfigError(`The app config has a malformed layout (${where}).`);
    }
    if (ancestors.has(item.id)) {
      throw new ConfigError(
        `The app config has a malformed layout (${where}): block ${item.id} is inside itself.`,
      );
    }
    if (depth > MAX_LAYOUT_DEPTH) {
      throw new ConfigError(
        `The app config has a malformed layout (${where}): it nests deeper than ${MAX_LAYOUT_DEPTH}.`,
      );
    }
    if (seen.has(item.id)) {
      console.warn(`[gradio-app] Block ${item.id} appears twice in the layout (${where}); it is shown once.`);
      return null;
    }
    seen.add(item.id);
    const node: LayoutNode = { id: item.id };
    if (Array.isArray(item.children)) {
      ancestors.add(item.id);
      node.children = item.children
        .map((c) => visit(c, depth + 1))
        .filter((c): c is LayoutNode => c !== null);
      ancestors.delete(item.id);
    }
    return node;
  };
  return visit(raw, 0)!;
}

/**
 * Props one type names differently across server versions, given the 6.x names its element
 * reads. Dataframe: 4.x/5.x send only `col_count` (6.x also `column_count`), and 4.x sends the
 * most the table grows as `height` (5.x+ `max_height`).
 */
function upgradeProps(type: string, props: Raw): void {
  if (type !== 'dataframe') return;
  if (props.column_count === undefined && props.col_count !== undefined) props.column_count = props.col_count;
  if (props.max_height === undefined && props.height !== undefined) {
    props.max_height = props.height;
    delete props.height;
  }
}

export function normalizeComponent(raw: unknown, index: number): ComponentConfig {
  if (!isObject(raw) || typeof raw.id !== 'number' || typeof raw.type !== 'string') {
    throw new ConfigError(`The app config has a malformed component (entry ${index}).`);
  }
  const props: Raw = isObject(raw.props) ? { ...raw.props } : {};
  // 4.44 put rendered_in inside props; 5.x+ has it on the entry.
  const renderedIn = num(raw.rendered_in) ?? num(props.rendered_in);
  delete props.rendered_in;
  upgradeProps(raw.type, props);
  return {
    id: raw.id,
    type: raw.type,
    props,
    key: typeof raw.key === 'string' || typeof raw.key === 'number' ? raw.key : null,
    componentClassId: strOrNull(raw.component_class_id) || null,
    skipApi: raw.skip_api === true,
    renderedIn,
  };
}

function normalizeTargets(raw: Raw): DependencyTarget[] {
  const targets = raw.targets;
  if (!Array.isArray(targets)) return [];
  return targets.map((t): DependencyTarget => {
    // 3.x sent bare ids; 4.x+ sends [id, event].
    if (Array.isArray(t)) return { id: typeof t[0] === 'number' ? t[0] : null, event: str(t[1], 'click') };
    return { id: typeof t === 'number' ? t : null, event: str(raw.trigger, 'click') };
  });
}

const TRIGGER_MODES = new Set<TriggerMode>(['once', 'multiple', 'always_last']);
const PROGRESS_MODES = new Set<ShowProgress>(['full', 'minimal', 'hidden']);

export function normalizeDependency(raw: unknown, index: number, enableQueue: boolean): DependencyConfig {
  if (!isObject(raw)) throw new ConfigError(`The app config has a malformed dependency (entry ${index}).`);
  const types = isObject(raw.types) ? raw.types : {};
  const targets = normalizeTargets(raw);
  const triggerMode = TRIGGER_MODES.has(raw.trigger_mode as TriggerMode)
    ? (raw.trigger_mode as TriggerMode)
    : targets[0]?.event === 'change' || targets[0]?.event === 'key_up'
      ? 'always_last'
      : 'once';
  const showProgress = PROGRESS_MODES.has(raw.show_progress as ShowProgress)
    ? (raw.show_progress as ShowProgress)
    : // 4.x sent a boolean.
      raw.show_progress === false
      ? 'hidden'
      : 'full';
  return {
    // Early 4.x had no id: the client then uses the array index.
    id: num(raw.id) ?? index,
    targets,
    inputs: ids(raw.inputs),
    outputs: ids(raw.outputs),
    backendFn: raw.backend_fn !== false,
    js: strOrNull(raw.js) || null,
    jsImplementation: strOrNull(raw.js_implementation) || null,
    // 4.x null means "use enable_queue".
    queue: typeof raw.queue === 'boolean' ? raw.queue : enableQueue,
    apiName: strOrNull(raw.api_name),
    scrollToOutput: raw.scroll_to_output === true,
    showProgress,
    showProgressOn: Array.isArray(raw.show_progress_on) ? ids(raw.show_progress_on) : null,
    cancels: ids(raw.cancels),
    generator: types.generator === true,
    triggerAfter: num(raw.trigger_after),
    triggerOnlyOnSuccess: raw.trigger_only_on_success === true,
    triggerOnlyOnFailure: raw.trigger_only_on_failure === true,
    triggerMode,
    collectsEventData: raw.collects_event_data === true,
    connection: raw.connection === 'stream' ? 'stream' : 'sse',
    timeLimit: num(raw.time_limit),
    streamEvery: num(raw.stream_every) ?? 0.5,
    eventSpecificArgs: Array.isArray(raw.event_specific_args)
      ? raw.event_specific_args.filter((x): x is string => typeof x === 'string')
      : [],
    componentPropInputs: ids(raw.component_prop_inputs),
    renderedIn: num(raw.rendered_in),
  };
}

function normalizePages(raw: Raw, layout: LayoutNode): PageConfig[] {
  const pageMap = isObject(raw.page) ? raw.page : null;
  const list = Array.isArray(raw.pages) ? raw.pages : [];
  const pages: PageConfig[] = [];
  for (const entry of list) {
    // 5.15+: [route, name, show_in_navbar]; early 5.1x: [route, name].
    if (!Array.isArray(entry)) continue;
    const route = str(entry[0]);
    const page = pageMap && isObject(pageMap[route]) ? pageMap[route] : null;
    pages.push({
      route,
      name: str(entry[1], route || 'Home'),
      showInNavbar: entry[2] !== false,
      layout: page?.layout ? normalizeLayout(page.layout, `page "${route}"`) : layout,
      components: page ? ids(page.components) : null,
      dependencies: page ? ids(page.dependencies) : null,
    });
  }
  if (pages.length === 0) {
    pages.push({ route: '', name: 'Home', showInNavbar: true, layout, components: null, dependencies: null });
  }
  return pages;
}

function normalizeBodyCss(raw: unknown): BodyCss | null {
  if (!isObject(raw)) return null;
  return {
    backgroundFill: strOrNull(raw.body_background_fill),
    textColor: strOrNull(raw.body_text_color),
    backgroundFillDark: strOrNull(raw.body_background_fill_dark),
    textColorDark: strOrNull(raw.body_text_color_dark),
  };
}

function titleOf(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  // An i18n title stays a token string; the app translates it for display.
  if (isObject(raw) && typeof raw.key === 'string') return `__i18n__${JSON.stringify(raw)}`;
  return 'Gradio';
}

/**
 * Turns a 4.x, 5.x or 6.x `/config` response into the one internal shape.
 * Throws ConfigError when the JSON is not a Gradio config, UnsupportedAppError when it is one
 * we cannot run natively (3.x websockets, 4.0–4.8's first SSE protocol).
 * @param fallbackRoot the URL the config was fetched from, used when the server sent no `root`.
 */
export function normalizeConfig(input: unknown, fallbackRoot: string): AppConfig {
  try {
    return readConfig(input, fallbackRoot);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UnsupportedAppError) throw error;
    // A shape we did not foresee: still a clear message, never a stray exception.
    throw new ConfigError(`The app config is malformed (${(error as Error).message}).`, { cause: error });
  }
}

function readConfig(input: unknown, fallbackRoot: string): AppConfig {
  if (!isObject(input)) throw new ConfigError('The server answered, but not with a Gradio app config.');
  const raw = input;
  if (raw.auth_required === true) {
    throw new UnsupportedAppError('This app requires a login, which an embed cannot provide.');
  }
  if (!Array.isArray(raw.components) || !isObject(raw.layout) || !Array.isArray(raw.dependencies)) {
    throw new ConfigError(
      'The app config is malformed: it lacks ' +
        [
          !Array.isArray(raw.components) && '"components"',
          !isObject(raw.layout) && '"layout"',
          !Array.isArray(raw.dependencies) && '"dependencies"',
        ]
          .filter(Boolean)
          .join(', ') +
        '.',
    );
  }
  const protocol = str(raw.protocol, 'ws');
  if (!SUPPORTED_PROTOCOLS.has(protocol)) {
    throw new UnsupportedAppError(
      `This app uses Gradio ${str(raw.version, '3.x')} (protocol "${protocol}"), which cannot run natively.`,
    );
  }
  const layout = normalizeLayout(raw.layout, 'root');
  const components = new Map<number, ComponentConfig>();
  raw.components.forEach((c, i) => {
    const component = normalizeComponent(c, i);
    components.set(component.id, component);
  });
  markVideoDataValues(components, str(raw.version, '4.0.0'));
  const enableQueue = raw.enable_queue !== false;
  const root = str(raw.root, fallbackRoot).replace(/\/$/, '') || fallbackRoot.replace(/\/$/, '');
  const version = str(raw.version, '4.0.0');
  return {
    version,
    root,
    apiPrefix: str(raw.api_prefix),
    maxFileSize: num(raw.max_file_size),
    protocol,
    mode: str(raw.mode, 'blocks'),
    title: titleOf(raw.title),
    css: strOrNull(raw.css) || null,
    js: strOrNull(raw.js) || null,
    head: strOrNull(raw.head) || null,
    theme: strOrNull(raw.theme),
    themeHash:
      typeof raw.theme_hash === 'string' || typeof raw.theme_hash === 'number'
        ? String(raw.theme_hash)
        : null,
    stylesheets: Array.isArray(raw.stylesheets)
      ? raw.stylesheets.filter((s): s is string => typeof s === 'string')
      : [],
    bodyCss: normalizeBodyCss(raw.body_css),
    fillHeight: raw.fill_height === true,
    fillWidth: raw.fill_width === true,
    spaceId: strOrNull(raw.space_id),
    authRequired: false,
    connectHeartbeat: raw.connect_heartbeat === true,
    // 4.17-4.23 answered CORS preflights with a fixed header list (Origin, Content-Type,
    // Accept), so a cross-origin join with any other header never reached the server.
    acceptsCustomHeaders: versionAtLeast(version, [4, 24]),
    showError: raw.show_error === true,
    rootId: layout.id,
    components,
    layout,
    pages: normalizePages(raw, layout),
    dependencies: raw.dependencies.map((d, i) => normalizeDependency(d, i, enableQueue)),
    translations: isObject(raw.i18n_translations)
      ? (raw.i18n_translations as Record<string, Record<string, string>>)
      : null,
    raw: { ...raw, root, dependencies: raw.dependencies.map(withId) },
  };
}

/**
 * @gradio/client 2.x finds a dependency by its `id`; configs before 4.2x have none (their
 * clients used the array index as fn_index), so every event would fail with "No endpoint
 * matching 0". The index is the fn_index those servers expect.
 */
function withId(dependency: unknown, index: number): unknown {
  return isObject(dependency) && num(dependency.id) === null ? { ...dependency, id: index } : dependency;
}

/**
 * 4.x and 5.x servers send and take a Video's value as `{video, subtitles}`; 6.x as the FileData
 * itself, with subtitles a prop. The block reads both shapes; this tells it which one to send.
 */
function markVideoDataValues(components: Map<number, ComponentConfig>, version: string): void {
  const major = Number.parseInt(version, 10);
  if (!(major < 6)) return;
  for (const component of components.values()) {
    if (component.type === 'video') component.props.video_data_value = true;
  }
}

/** What a @gr.render run sends: the new blocks and listeners of one render block. */
export interface RenderUpdate {
  renderId: number;
  layout: LayoutNode;
  components: ComponentConfig[];
  dependencies: DependencyConfig[];
}

/** Normalizes a `render_config` (a @gr.render re-run) with the same rules as the config. */
export function normalizeRenderConfig(input: unknown): RenderUpdate {
  if (!isObject(input) || !Array.isArray(input.components) || !Array.isArray(input.dependencies)) {
    throw new ConfigError('The server sent a malformed @gr.render update.');
  }
  const renderId = num(input.render_id);
  if (renderId === null) throw new ConfigError('The server sent a @gr.render update without a render_id.');
  return {
    renderId,
    layout: normalizeLayout(input.layout, 'render'),
    components: input.components.map((c, i) => normalizeComponent(c, i)),
    dependencies: input.dependencies.map((d, i) => normalizeDependency(d, i, true)),
  };
}
