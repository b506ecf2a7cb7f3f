import type { AppConfig, DependencyConfig } from '../config/config-types.js';
import type { AppStore } from '../store/app-store.js';
import type { Dispatcher, RunReport } from '../engine/dispatcher.js';
import type { ClientPort } from '../engine/client-events.js';
import { GradioApiError, resolveBlock, resolveRun, apiNameOf, type BlockTarget } from './targets.js';
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

interface PendingRun {
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
    const block = resolveBlock(this.#blocks(), target);
    const prepared = await this.#withUploads(block.id, value);
    const { store, dispatcher } = this.#session;
    const changed = this.#write(block.id, prepared, options.silent ? 'output' : 'user');
    if (!changed || options.silent) return;
    if (store.props(block.id).validation_error) store.patch(block.id, { validation_error: null });
    void dispatcher.trigger(block.id, 'input');
    void dispatcher.trigger(block.id, 'change');
  }

  /**
   * Runs an event: an `api_name`, or a block's event (a button's `click`). `inputs`, when
   * given, are written into the event's input blocks first (silently: they are this event's
   * inputs, not an edit that fires other listeners). Resolves with the outputs' values once
   * the event finished; rejects with the server's error.
   */
  run(target: BlockTarget, inputs?: RunInputs, options: RunCallOptions = {}): Promise<unknown[]> {
    return this.#run(target, inputs, options);
  }

  /** Cancels the runs in flight of what `target` names (as `run` resolves it). */
  async cancel(target: BlockTarget, options: Pick<RunCallOptions, 'event'> = {}): Promise<void> {
    const resolved = resolveRun(
      this.#session.dispatcher.dependencies(),
      this.#blocks(),
      target,
      options.event,
    );
    const deps = resolved.kind === 'api' ? [resolved.dependency] : resolved.dependencies;
    await this.#session.dispatcher.cancel(deps.map((d) => d.id));
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

  async #run(
    target: BlockTarget,
    inputs: RunInputs | undefined,
    options: RunCallOptions,
  ): Promise<unknown[]> {
    const { signal } = options;
    signal?.throwIfAborted();
    const { dispatcher } = this.#session;
    const resolved = resolveRun(dispatcher.dependencies(), this.#blocks(), target, options.event);
    const deps = resolved.kind === 'api' ? [resolved.dependency] : resolved.dependencies;
    // The listener whose outputs the promise resolves with: the first that calls the server.
    const main = deps.find((d) => d.backendFn) ?? deps[0]!;
    if (inputs !== undefined) await this.#writeInputs(main, inputs);
    else if (this.#options.mode === 'iframe' && main.inputs.length) {
      throw new GradioApiError(
        'In iframe mode the embed cannot read the values in the frame: pass the inputs to run().',
        'unavailable',
      );
    }
    signal?.throwIfAborted();
    if (this.#disposed) throw new GradioApiError('The app was removed.', 'not-ready');
    const triggerId =
      resolved.kind === 'block'
        ? resolved.block.id
        : (main.targets.find((t) => t.id !== null && t.id !== this.#session.config.rootId)?.id ?? null);
    return new Promise<unknown[]>((resolve, reject) => {
      let started: number | null = null;
      const onAbort = (): void => {
        if (started === null) return reject(signal!.reason);
        if (this.#pending.has(started)) void dispatcher.cancel([main.id]);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done =
        <T>(settle: (value: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          settle(value);
        };
      const settleResolve = done(resolve);
      const settleReject = done(reject);
      for (const dep of deps) {
        const watch =
          dep === main
            ? {
                onStart: (run: number) => {
                  started = run;
                  this.#pending.set(run, { resolve: settleResolve, reject: settleReject, signal });
                  if (signal?.aborted) void dispatcher.cancel([main.id]);
                },
                onDrop: (reason: 'running' | 'replaced' | 'streaming') =>
                  settleReject(
                    new GradioApiError(
                      reason === 'running'
                        ? `${describeDep(main)} is already running (its trigger_mode is "once").`
                        : reason === 'replaced'
                          ? `A later run of ${describeDep(main)} replaced this one (its trigger_mode is "always_last").`
                          : `${describeDep(main)} is streaming its input: the call went to the open stream as a chunk.`,
                      'busy',
                    ),
                  ),
              }
            : undefined;
        dispatcher.run(dep, triggerId, null, watch).catch((error: unknown) => {
          if (dep === main && started === null) settleReject(error);
        });
      }
    });
  }

  /** Writes `run`'s inputs into the event's input blocks, as the host's (silent) writes. */
  async #writeInputs(dep: DependencyConfig, inputs: RunInputs): Promise<void> {
    const writes = new Map<number, unknown>();
    if (Array.isArray(inputs)) {
      if (inputs.length > dep.inputs.length) {
        throw new GradioApiError(
          `${describeDep(dep)} takes ${dep.inputs.length} input${dep.inputs.length === 1 ? '' : 's'}; got ${inputs.length}.`,
          'not-found',
        );
      }
      inputs.forEach((value, i) => writes.set(dep.inputs[i]!, value));
    } else if (typeof inputs === 'object' && inputs !== null) {
      const blocks = this.#blocks().filter((b) => dep.inputs.includes(b.id));
      for (const [name, value] of Object.entries(inputs)) {
        const byId = /^\d+$/.test(name) ? Number(name) : name;
        const block = resolveBlock(blocks, byId);
        writes.set(block.id, value);
      }
    } else {
      throw new GradioApiError('run() takes its inputs as an array or an object of names.', 'not-found');
    }
    for (const [id, value] of writes) this.#write(id, await this.#withUploads(id, value), 'output');
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

  /** Uploads the Files and Blobs inside a value and puts the server's file data in their place. */
  async #withUploads(blockId: number, value: unknown): Promise<unknown> {
    const blobs: Blob[] = [];
    const collect = (v: unknown): void => {
      if (v instanceof Blob) blobs.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (isPlainObject(v)) Object.values(v).forEach(collect);
    };
    collect(value);
    if (!blobs.length) return value;
    const files = blobs.map((b) => (b instanceof File ? b : new File([b], 'blob', { type: b.type })));
    const { client, config, store } = this.#session;
    const work = import('../engine/upload.js').then(({ uploadFiles }) =>
      uploadFiles(client, files, config.maxFileSize),
    );
    store.trackPending(blockId, work);
    const uploaded = await work;
    const replace = (v: unknown): unknown => {
      if (v instanceof Blob) return uploaded[blobs.indexOf(v)];
      if (Array.isArray(v)) return v.map(replace);
      if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replace(x)]));
      return v;
    };
    return replace(value);
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function describeDep(dep: DependencyConfig): string {
  return dep.apiName ? `"${apiNameOf(dep.apiName)}"` : `event ${dep.id}`;
}
