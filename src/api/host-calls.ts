/**
 * The host API's calls that act on the app (setValue, run, cancel): loaded with the first such
 * call, so a page that only reads values and listens to events never loads them. HostApi keeps
 * the state they share (runs awaited, the host's writes) and hands it over as a context.
 */
import type { DependencyConfig } from '../config/config-types.js';
import type { ApiSession, PendingRun, RunInputs } from './host-api.js';
import { GradioApiError, apiNameOf, resolveBlock, type BlockTarget } from './targets.js';
import { resolveRun } from './run-target.js';
import type { ComponentInfo, RunCallOptions, SetValueOptions } from './types.js';

/** What the calls need of the HostApi that made them. */
export interface HostCallContext {
  readonly session: ApiSession;
  readonly mode: 'native' | 'iframe';
  /** Runs a `run` call awaits, by run number; HostApi.report settles them. */
  readonly pending: Map<number, PendingRun>;
  /** The app's blocks as the API names them. */
  blocks(): ComponentInfo[];
  /** A store write the host made (its change reports `source: 'host'`); whether the value changed. */
  write(id: number, value: unknown, as: 'user' | 'output'): boolean;
  disposed(): boolean;
}

export class HostCalls {
  readonly #context: HostCallContext;

  constructor(context: HostCallContext) {
    this.#context = context;
  }

  async setValue(target: BlockTarget, value: unknown, options: SetValueOptions = {}): Promise<void> {
    const block = resolveBlock(this.#context.blocks(), target);
    const prepared = await this.#withUploads(block.id, value);
    const { store, dispatcher } = this.#context.session;
    const changed = this.#context.write(block.id, prepared, options.silent ? 'output' : 'user');
    if (!changed || options.silent) return;
    if (store.props(block.id).validation_error) store.patch(block.id, { validation_error: null });
    void dispatcher.trigger(block.id, 'input');
    void dispatcher.trigger(block.id, 'change');
  }

  async run(target: BlockTarget, inputs: RunInputs | undefined, options: RunCallOptions): Promise<unknown[]> {
    const { signal } = options;
    signal?.throwIfAborted();
    const { dispatcher } = this.#context.session;
    const resolved = resolveRun(dispatcher.dependencies(), this.#context.blocks(), target, options.event);
    const deps = resolved.kind === 'api' ? [resolved.dependency] : resolved.dependencies;
    // The listener whose outputs the promise resolves with: the first that calls the server.
    const main = deps.find((d) => d.backendFn) ?? deps[0]!;
    if (inputs !== undefined) await this.#writeInputs(main, inputs);
    else if (this.#context.mode === 'iframe' && main.inputs.length) {
      throw new GradioApiError(
        'In iframe mode the embed cannot read the values in the frame: pass the inputs to run().',
        'unavailable',
      );
    }
    signal?.throwIfAborted();
    if (this.#context.disposed()) throw new GradioApiError('The app was removed.', 'not-ready');
    const triggerId =
      resolved.kind === 'block'
        ? resolved.block.id
        : (main.targets.find((t) => t.id !== null && t.id !== this.#context.session.config.rootId)?.id ??
          null);
    return new Promise<unknown[]>((resolve, reject) => {
      let started: number | null = null;
      const onAbort = (): void => {
        if (started === null) return reject(signal!.reason);
        if (this.#context.pending.has(started)) void dispatcher.cancel([main.id]);
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
                  this.#context.pending.set(run, { resolve: settleResolve, reject: settleReject, signal });
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
      const blocks = this.#context.blocks().filter((b) => dep.inputs.includes(b.id));
      for (const [name, value] of Object.entries(inputs)) {
        const byId = /^\d+$/.test(name) ? Number(name) : name;
        const block = resolveBlock(blocks, byId);
        writes.set(block.id, value);
      }
    } else {
      throw new GradioApiError('run() takes its inputs as an array or an object of names.', 'not-found');
    }
    for (const [id, value] of writes) this.#context.write(id, await this.#withUploads(id, value), 'output');
  }

  async cancel(target: BlockTarget, options: Pick<RunCallOptions, 'event'> = {}): Promise<void> {
    const resolved = resolveRun(
      this.#context.session.dispatcher.dependencies(),
      this.#context.blocks(),
      target,
      options.event,
    );
    const deps = resolved.kind === 'api' ? [resolved.dependency] : resolved.dependencies;
    await this.#context.session.dispatcher.cancel(deps.map((d) => d.id));
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
    const { client, config, store } = this.#context.session;
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
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function describeDep(dep: DependencyConfig): string {
  return dep.apiName ? `"${apiNameOf(dep.apiName)}"` : `event ${dep.id}`;
}
