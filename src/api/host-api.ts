import type { AppConfig } from '../config/config-types.js';
import type { AppStore } from '../store/app-store.js';
import type { Dispatcher, RunReport } from '../engine/dispatcher.js';
import type { ClientPort } from '../engine/client-events.js';
import { GradioApiError, resolveBlock, apiNameOf, type BlockTarget } from './targets.js';
import type { HostCalls } from './host-calls.js';
import { RetryingLoad } from '../internal/retrying-load.js';
import type {
  AppInfo,
  ChangeSource,
  ComponentInfo,
  GradioChangeDetail,
  GradioEventDetail,
  RunCallOptions,
  SetValueOptions,
} from './types.js';

/** What the API needs of a connected app: the session's public parts (or a headless one in iframe mode). */
export interface ApiSession {
  readonly config: AppConfig;
  readonly store: AppStore;
  readonly dispatcher: Dispatcher;
  readonly client: ClientPort;
  translate(value: unknown): unknown;
}

export interface HostApiOptions {
  /** `iframe`: the app is a frame the embed cannot reach into; only `run` (on its own session) works. */
  mode: 'native' | 'iframe';
  /** Dispatches a host-page event on the element. */
  emit(type: 'gradio-event' | 'gradio-change', detail: GradioEventDetail | GradioChangeDetail): void;
}

/** The inputs of `run`: in the event's input order, or by block name (elem_id, label or id). */
export type RunInputs = readonly unknown[] | Readonly<Record<string, unknown>>;

/** A `run` call awaiting its run's end. */
export interface PendingRun {
  resolve(outputs: unknown[]): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
}

/** A copy the host may change without changing the app (values are JSON, files FileData). */
function copyOf<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const TERMINAL = new Set(['finished', 'failed', 'cancelled']);

/**
 * The host page's API for one connected app: read and set values by name, run its events and
 * hear how they go, and facts about it. Values go through the app's store and events through
 * its engine, exactly as a user's edits and clicks do; nothing here touches the DOM.
 */
export class HostApi {
  readonly #session: ApiSession;
  readonly #options: HostApiOptions;
  readonly #pending = new Map<number, PendingRun>();
  readonly #stopListening: () => void;
  /** Set while the host's own write is in the store, so its change reports `source: 'host'`. */
  #hostWriting = false;
  #disposed = false;

  /** setValue, run and cancel: their module loads with the first of them (see host-calls.ts). */
  readonly #callsLoad = new RetryingLoad(() =>
    import('./host-calls.js').then(
      ({ HostCalls }) =>
        new HostCalls({
          session: this.#session,
          mode: this.#options.mode,
          pending: this.#pending,
          blocks: () => this.#blocks(),
          write: (id, value, as) => this.#write(id, value, as),
          disposed: () => this.#disposed,
        }),
    ),
  );

  constructor(session: ApiSession, options: HostApiOptions) {
    this.#session = session;
    this.#options = options;
    this.#stopListening =
      options.mode === 'native'
        ? session.store.onValueChange((id, value, source) => this.#changed(id, value, source))
        : () => undefined;
  }

  /** Facts about the app, frozen; computed on each read (blocks a @gr.render run adds appear). */
  get app(): AppInfo {
    const { config, dispatcher } = this.#session;
    const dependencies = dispatcher.dependencies();
    const endpoints = dependencies.map((d) => ({
      dependency: d.id,
      apiName: d.apiName === null ? null : apiNameOf(d.apiName),
      inputs: [...d.inputs],
      outputs: [...d.outputs],
      triggers: d.targets.map((t) => ({ id: t.id, event: t.event })),
    }));
    return deepFreeze({
      version: config.version,
      title: String(this.#session.translate(config.title)),
      root: config.root,
      spaceId: config.spaceId,
      mode: this.#options.mode,
      apiNames: endpoints.flatMap((e) => (e.apiName === null ? [] : [e.apiName])),
      endpoints,
      components: this.#blocks(),
    });
  }

  /** The value a block holds now (a copy), in Gradio's wire format. */
  getValue(target: BlockTarget): unknown {
    this.#nativeOnly('getValue');
    const block = resolveBlock(this.#blocks(), target);
    return copyOf(this.#session.store.value(block.id));
  }

  /**
   * Sets a block's value. By default as a user edit: the block's `input` and `change`
   * listeners fire (only if the value changed). `File`s and `Blob`s in the value are uploaded
   * to the app's server first and replaced by the server's file data.
   */
  async setValue(target: BlockTarget, value: unknown, options: SetValueOptions = {}): Promise<void> {
    this.#nativeOnly('setValue');
    return (await this.#calls()).setValue(target, value, options);
  }

  /**
   * Runs an event: an `api_name`, or a block's event (a button's `click`). `inputs`, when
   * given, are written into the event's input blocks first (silently: they are this event's
   * inputs, not an edit that fires other listeners). Resolves with the outputs' values once
   * the event finished; rejects with the server's error.
   */
  async run(target: BlockTarget, inputs?: RunInputs, options: RunCallOptions = {}): Promise<unknown[]> {
    return (await this.#calls()).run(target, inputs, options);
  }

  /** Cancels the runs in flight of what `target` names (as `run` resolves it). */
  async cancel(target: BlockTarget, options: Pick<RunCallOptions, 'event'> = {}): Promise<void> {
    return (await this.#calls()).cancel(target, options);
  }

  /** The engine's report on a run: to the host page as `gradio-event`, and to the `run` awaiting it. */
  report(report: RunReport): void {
    if (this.#disposed) return;
    const detail = this.#eventDetail(report);
    const pending = TERMINAL.has(report.status) ? this.#pending.get(report.run) : undefined;
    if (pending) this.#pending.delete(report.run);
    // After the engine's own work for this step: host listeners never run inside it.
    queueMicrotask(() => {
      if (this.#disposed) return;
      this.#options.emit('gradio-event', detail);
      if (!pending) return;
      if (report.status === 'finished') pending.resolve(copyOf(report.outputs ?? []));
      else if (report.status === 'failed')
        pending.reject(new GradioApiError(report.error ?? 'The event failed.', 'server'));
      else if (pending.signal?.aborted) pending.reject(pending.signal.reason);
      else pending.reject(new GradioApiError('The run was cancelled.', 'cancelled'));
    });
  }

  /** The app is going away: pending runs reject, no more events. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#stopListening();
    for (const pending of this.#pending.values()) {
      pending.reject(new GradioApiError('The app was removed before the run ended.', 'not-ready'));
    }
    this.#pending.clear();
  }

  #calls(): Promise<HostCalls> {
    return this.#callsLoad.get().catch((error: unknown) => {
      throw new GradioApiError(`Could not load the host API: ${(error as Error).message}`, 'unavailable');
    });
  }

  /** A store write that the host made. Returns whether the value changed. */
  #write(id: number, value: unknown, as: 'user' | 'output'): boolean {
    this.#hostWriting = true;
    try {
      return this.#session.store.setValue(id, value, as);
    } finally {
      this.#hostWriting = false;
    }
  }

  #changed(id: number, value: unknown, source: 'user' | 'output'): void {
    if (this.#disposed) return;
    const component = this.#session.store.component(id);
    if (!component) return;
    const from: ChangeSource = this.#hostWriting ? 'host' : source === 'user' ? 'user' : 'server';
    const info = this.#info(id, component.type);
    const detail: GradioChangeDetail = {
      id,
      elemId: info.elemId,
      label: info.label,
      type: component.type,
      value: copyOf(value),
      source: from,
    };
    queueMicrotask(() => {
      if (!this.#disposed) this.#options.emit('gradio-change', detail);
    });
  }

  #eventDetail(report: RunReport): GradioEventDetail {
    const dep = report.dependency;
    return {
      run: report.run,
      status: report.status,
      dependency: dep.id,
      apiName: dep.apiName === null ? null : apiNameOf(dep.apiName),
      trigger: report.triggerId,
      progress: report.progress
        ? { ...report.progress, bars: report.progress.bars?.map((bar) => ({ ...bar })) ?? null }
        : null,
      outputs: report.outputs ? copyOf(report.outputs) : null,
      error: report.error,
    };
  }

  #blocks(): ComponentInfo[] {
    const { store } = this.#session;
    const blocks: ComponentInfo[] = [];
    for (const id of store.ids()) {
      const component = store.component(id);
      if (component) blocks.push(this.#info(id, component.type));
    }
    return blocks;
  }

  #info(id: number, type: string): ComponentInfo {
    const props = this.#session.store.props(id);
    const text = (value: unknown): string | null => {
      const shown = this.#session.translate(value);
      return typeof shown === 'string' && shown ? shown : null;
    };
    const label = text(props.label) ?? (/button$/.test(type) ? text(props.value) : null);
    return {
      id,
      type,
      elemId: typeof props.elem_id === 'string' && props.elem_id ? props.elem_id : null,
      label,
      interactive: typeof props.interactive === 'boolean' ? props.interactive : null,
    };
  }

  #nativeOnly(method: string): void {
    if (this.#options.mode === 'iframe') {
      throw new GradioApiError(
        `${method}() is not available in iframe mode: the app runs in a frame the embed cannot reach into.`,
        'unavailable',
      );
    }
  }
}
