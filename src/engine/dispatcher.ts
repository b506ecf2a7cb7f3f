import type { DependencyConfig } from '../config/config-types.js';
import type { ProgressLevel } from '../base/loading-status.js';
import type { AppStore } from '../store/app-store.js';
import type { ClientPort } from './client-events.js';
import { DependencyIndex } from './dependency-index.js';
import type { TemplateAction } from './template-buttons.js';
import type { RunEngine } from './run-engine.js';
import type * as RunEngineModule from './run-engine.js';
import { applyEventArgs } from './stream-args.js';
import { RetryingLoad } from '../internal/retrying-load.js';

export interface Toast {
  level: 'error' | 'warning' | 'info' | 'success';
  title: string;
  message: string;
  /** Seconds before it hides itself; null keeps it until closed. */
  duration: number | null;
  visible: boolean;
}

/** What the engine tells the app about, without touching DOM itself. */
export interface EngineHooks {
  toast(toast: Toast): void;
  /** The connection to the server is gone (dropped stream, restarted server). */
  connectionLost(message: string): void;
  /** An event went through again after a lost connection. */
  connectionRestored?(): void;
  /** The tab a tabs block now shows, to report its `select` when an update switched it. */
  selectedTab?(tabsId: number): { id: number; data: unknown } | null;
  /** A dependency with scroll_to_output finished: these blocks hold its outputs. */
  scrollTo?(ids: readonly number[]): void;
  /**
   * A template button's click (LoginButton, DeepLinkButton, DuplicateButton): the app does the
   * embed-safe equivalent of the script Gradio wrote for its own page (which never runs).
   * Resolves what the script would have returned (the dependency's outputs).
   */
  templateButton?(action: TemplateAction, event: { triggerId: number | null; inputs: unknown[] }): unknown;
  /** A run of a dependency started, progressed or ended (the host page's `gradio-event`). */
  runReport?(report: RunReport): void;
  /**
   * Runs an event's app-supplied JavaScript (`js`, `js_implementation`) with its inputs, where
   * the app's policy says (the host page, or a sandbox); the page itself when absent.
   */
  runJs?(source: string, args: readonly unknown[]): Promise<unknown>;
}

/** Where a run stands, as the host page hears of it. */
export type RunStatus = 'started' | 'progress' | 'finished' | 'failed' | 'cancelled';

/** The latest status the server sent for a run: its place in the queue, its progress bars. */
export interface RunProgress {
  stage: 'pending' | 'generating' | 'streaming';
  /** 0-based place in the queue while waiting. */
  position: number | null;
  size: number | null;
  /** Seconds the server expects the job to take. */
  eta: number | null;
  /** gr.Progress levels, outermost first. */
  bars: ProgressLevel[] | null;
}

/** One report on one run of a dependency. */
export interface RunReport {
  /** Numbers the runs of this app in the order they started; the same in every report of a run. */
  run: number;
  dependency: DependencyConfig;
  /** The block whose event started it (null for load events and chained runs of no block). */
  triggerId: number | null;
  status: RunStatus;
  /** While it runs: the server's latest status. */
  progress: RunProgress | null;
  /** When finished (and while a generator streams): the output blocks' values, in order. */
  outputs: unknown[] | null;
  /** When failed: the server's message (or why it stopped). */
  error: string | null;
}

/** What a caller of `run` hears of that run (the host API's `run`). */
export interface RunOptions {
  /** The run started, numbered as in its reports. */
  onStart?(run: number): void;
  /**
   * It did not start: the dependency is already running (trigger_mode "once"), a later call
   * replaced this one ("always_last"), or its input stream is open (the call became a chunk).
   */
  onDrop?(reason: 'running' | 'replaced' | 'streaming'): void;
}

/** A streaming input's state, as its component reads it (`stream_state`), as on Gradio's page. */
export type StreamState = 'waiting' | 'open' | 'closed';

/** The run engine's own chunk: loaded when the first run starts or the visitor reaches for the app. */
const loadRunEngine = (): Promise<typeof RunEngineModule> => import('./run-engine.js');

/**
 * The event engine's front: what the first render needs (which blocks listen to what, the
 * streaming inputs' event args) is here, at once; running dependencies is the RunEngine's, whose
 * code loads when the first run starts or earlier, when the visitor reaches for the app
 * (`warm`). Runs asked for before it arrives wait for it and start in the order asked.
 */
export class Dispatcher {
  readonly #index: DependencyIndex;
  readonly #hooks: EngineHooks;
  #engine: RunEngine | null = null;
  /** The engine's code, loaded with the first run or on `warm`; asked again after a failure. */
  readonly #loading: RetryingLoad<RunEngine>;
  #stopped = false;

  constructor(
    dependencies: readonly DependencyConfig[],
    store: AppStore,
    client: ClientPort,
    hooks: EngineHooks,
  ) {
    this.#index = new DependencyIndex(dependencies);
    this.#hooks = hooks;
    this.#loading = new RetryingLoad(() =>
      loadRunEngine().then(
        ({ RunEngine }) => (this.#engine ??= new RunEngine(this.#index, store, client, hooks)),
      ),
    );
    applyEventArgs(store, dependencies);
  }

  /**
   * The visitor reached for the app: the engine's code loads now, ahead of the first run.
   * Resolves once it is here (or failed to load: the first run then asks again).
   */
  async warm(): Promise<void> {
    if (!this.#engine && !this.#stopped) await this.#loading.get().catch(() => undefined);
  }

  /** Every dependency the app listens with now (the config's, and those of @gr.render runs). */
  dependencies(): DependencyConfig[] {
    return [...this.#index.all()];
  }

  /** Whether any run of this dependency is in flight. */
  isRunning(fnId: number): boolean {
    return this.#engine?.isRunning(fnId) ?? false;
  }

  /** Whether the app listens to `event` on block `targetId` (some dependency it starts). */
  listens(targetId: number, event: string): boolean {
    return this.#index.triggered(targetId, event).length > 0;
  }

  /** A block reported a user action (or the engine decided an output write counts as one). */
  trigger(targetId: number, event: string, eventData: unknown = null): Promise<void>[] {
    if (this.#engine) return this.#engine.trigger(targetId, event, eventData);
    // Nothing has run yet, so no input stream is open or ended: the engine's checks of those
    // have nothing to do.
    return this.#index.triggered(targetId, event).map((dep) => this.run(dep, targetId, eventData));
  }

  /**
   * Runs every `load` dependency, once; called once the app is on screen. (A 4.x dependency
   * with `every` needs nothing more: before 4.40 the server repeats it inside the one run, from
   * 4.40 a Timer ticks.)
   */
  load(): Promise<void>[] {
    return this.#index.allFor('load').map((dep) => this.run(dep, null, null));
  }

  /** Runs one dependency and what it chains to; resolves when all of that has ended. */
  async run(
    dep: DependencyConfig,
    triggerId: number | null,
    eventData: unknown,
    options?: RunOptions,
  ): Promise<void> {
    let engine = this.#engine;
    if (!engine) {
      try {
        engine = await this.#loading.get();
      } catch (error) {
        if (this.#stopped) return;
        const message = 'Could not load the code that runs events. Check your connection and try again.';
        // A network problem: said as a lost connection is (cleared when an event goes through).
        this.#hooks.connectionLost(message);
        // A caller who follows the run (the host API's run) hears why; a click has the banner.
        if (options) throw new Error(message, { cause: error });
        return;
      }
      if (this.#stopped) return;
    }
    return engine.run(dep, triggerId, eventData, options);
  }

  /** Cancels the runs of these dependencies in flight, as an app's `cancels=` does. */
  async cancel(fnIds: readonly number[]): Promise<void> {
    // Runs asked for while the engine loads start first, in order; then this cancels them.
    const engine = this.#engine ?? (await this.#loading.started?.catch(() => null));
    await engine?.cancel(fnIds);
  }

  /** Cancels everything in flight; used when the element goes away. Runs still waiting never start. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#engine?.stop();
  }
}
