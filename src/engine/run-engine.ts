/**
 * How the app's dependencies run: the part of the event engine a visitor who never uses the app
 * never needs, loaded by the Dispatcher when the first run starts or the visitor reaches for the
 * app. The Dispatcher keeps what the first render needs (which blocks listen to what).
 */

import type { DependencyConfig } from '../config/config-types.js';
import type { LoadingStatus } from '../base/loading-status.js';
import type { AppStore } from '../store/app-store.js';
import { applyOutput } from '../store/apply-update.js';
import type { ClientEvent, ClientPort, StatusEvent, Submission } from './client-events.js';
import type { DependencyIndex } from './dependency-index.js';
import { runEventJs } from './app-js.js';
import { applyRender } from './apply-render.js';
import { normalizeRenderConfig } from '../config/normalize.js';
import { templateAction } from './template-buttons.js';
import type { EngineHooks, RunOptions, RunStatus, StreamState, Toast } from './dispatcher.js';
import { applyEventArgs, streamSources } from './stream-args.js';

interface Running {
  submission: Submission | null;
  triggerId: number | null;
  /** Its number in reports. */
  run: number;
  /** The failure message, once known (server error, app JS error, connection lost). */
  error: string | null;
  /** Its last report (finished, failed or cancelled) went out. */
  ended: boolean;
  /** For a streaming-input event: whether the server has started it, and its time limit. */
  stream?: { state: 'waiting' | 'open'; timer: ReturnType<typeof setTimeout> | null };
}

/**
 * The triggers with which a streaming input says it stopped, or started again. `close_stream` is
 * the one Gradio's own webcam uses: it ends the stream and runs no app listener.
 */
const STREAM_STOPS = new Set(['stop_recording', 'clear', 'close_stream']);
const STREAM_RESTARTS = new Set(['start_recording', 'stop_recording', 'clear', 'close_stream']);

const stripQuotes = (s: string): string => s.replace(/^"(.*)"$/s, '$1');

function messageOf(value: unknown): string {
  return typeof value === 'string' ? stripQuotes(value) : '';
}

/**
 * Runs dependencies: given a trigger, it finds the bound dependencies, applies cancels and
 * trigger modes, gathers inputs from the store, runs JS and backend functions, writes outputs
 * and statuses into the store, and follows chains.
 */
export class RunEngine {
  readonly #index: DependencyIndex;
  readonly #store: AppStore;
  readonly #client: ClientPort;
  readonly #hooks: EngineHooks;
  readonly #running = new Map<number, Running>();
  /** Dependencies to run again once their current run ends (always_last), with their caller. */
  readonly #deferred = new Map<number, RunOptions | undefined>();
  #runs = 0;
  /**
   * Streaming inputs whose stream the server ended (its time limit, an error): their chunks are
   * ignored until the component starts again, so a time limit stops the stream rather than
   * opening a new one with the next chunk.
   */
  readonly #endedStreams = new Set<number>();

  constructor(index: DependencyIndex, store: AppStore, client: ClientPort, hooks: EngineHooks) {
    this.#index = index;
    this.#store = store;
    this.#client = client;
    this.#hooks = hooks;
  }

  #setStreamState(dep: DependencyConfig, state: StreamState): void {
    for (const id of streamSources(dep)) this.#store.patch(id, { stream_state: state });
  }

  /** Whether any run of this dependency is in flight. */
  isRunning(fnId: number): boolean {
    return this.#running.has(fnId);
  }

  /** A block reported a user action (or the engine decided an output write counts as one). */
  trigger(targetId: number, event: string, eventData: unknown = null): Promise<void>[] {
    if (STREAM_RESTARTS.has(event)) this.#endedStreams.delete(targetId);
    if (STREAM_STOPS.has(event)) this.#closeStreamsOf(targetId);
    if (event === 'stream' && this.#endedStreams.has(targetId)) return [];
    return this.#index.triggered(targetId, event).map((dep) => this.run(dep, targetId, eventData));
  }

  /** A streaming input stopped: its open streaming events end (`/stream/{id}/close`). */
  #closeStreamsOf(targetId: number): void {
    for (const [id, running] of this.#running) {
      const dep = this.#index.get(id);
      if (!dep || dep.connection !== 'stream' || !streamSources(dep).includes(targetId)) continue;
      this.#endStream(dep, running);
    }
  }

  /**
   * Ends a streaming-input event: closes it on the server (unless the server ended it), and its
   * source reads `closed`.
   */
  #endStream(dep: DependencyConfig, running: Running, close = true): void {
    if (running.stream?.timer) clearTimeout(running.stream.timer);
    running.stream = undefined;
    if (close) running.submission?.closeStream?.();
    this.#setStreamState(dep, 'closed');
  }

  /**
   * A chunk for a streaming-input event already running: into the open event. Chunks that come
   * while the server has not started it yet are dropped, as on Gradio's page.
   */
  #sendChunk(dep: DependencyConfig, running: Running, eventData: unknown): void {
    if (running.stream?.state !== 'open') return;
    running.submission?.sendChunk?.({ fn_index: dep.id, data: this.#gather(dep), event_data: eventData });
  }

  /** Cancels everything in flight; used when the element goes away. */
  async stop(): Promise<void> {
    await Promise.all([...this.#running.values()].map((r) => r.submission?.cancel().catch(() => undefined)));
  }

  /** Cancels the runs of these dependencies in flight, as an app's `cancels=` does. */
  cancel(fnIds: readonly number[]): Promise<void> {
    return this.#cancel(fnIds);
  }

  async run(
    dep: DependencyConfig,
    triggerId: number | null,
    eventData: unknown,
    options?: RunOptions,
  ): Promise<void> {
    await this.#cancel(dep.cancels);
    const current = this.#running.get(dep.id);
    if (current && dep.connection === 'stream') {
      this.#sendChunk(dep, current, eventData);
      options?.onDrop?.('streaming');
      return;
    }
    if (this.#running.has(dep.id)) {
      if (dep.triggerMode === 'once') {
        options?.onDrop?.('running');
        return;
      }
      if (dep.triggerMode === 'always_last') {
        this.#deferred.get(dep.id)?.onDrop?.('replaced');
        this.#deferred.set(dep.id, options);
        return;
      }
    }
    const running: Running = { submission: null, triggerId, run: ++this.#runs, error: null, ended: false };
    this.#running.set(dep.id, running);
    options?.onStart?.(running.run);
    this.#report(dep, running, 'started');
    let outcome: 'success' | 'failure' | 'stopped' = 'failure';
    try {
      outcome = await this.#execute(dep, running, eventData);
    } catch (error) {
      running.error ??= (error as Error).message;
      throw error;
    } finally {
      if (this.#running.get(dep.id) === running) this.#running.delete(dep.id);
      this.#end(dep, running, outcome);
    }
    if (outcome !== 'stopped') await this.#chain(dep, outcome, triggerId);
    if (this.#deferred.has(dep.id)) {
      const next = this.#deferred.get(dep.id);
      this.#deferred.delete(dep.id);
      await this.run(dep, triggerId, eventData, next);
    }
  }

  /** Tells the hooks about a run; outputs are the output blocks' values at that moment. */
  #report(
    dep: DependencyConfig,
    running: Running,
    status: RunStatus,
    extra: { progress?: LoadingStatus; outputs?: boolean } = {},
  ): void {
    if (!this.#hooks.runReport || running.ended) return;
    running.ended = status === 'finished' || status === 'failed' || status === 'cancelled';
    const loading = extra.progress;
    this.#hooks.runReport({
      run: running.run,
      dependency: dep,
      triggerId: running.triggerId,
      status,
      progress:
        loading && loading.stage !== 'complete' && loading.stage !== 'error'
          ? {
              stage: loading.stage,
              position: loading.position,
              size: loading.size,
              eta: loading.eta,
              bars: loading.progress,
            }
          : null,
      outputs: extra.outputs ? dep.outputs.map((id) => this.#store.value(id)) : null,
      error: status === 'failed' ? (running.error ?? 'Something went wrong in the app.') : null,
    });
  }

  /** The last report of a run: finished, failed (an error is known), or cancelled. */
  #end(dep: DependencyConfig, running: Running, outcome: 'success' | 'failure' | 'stopped'): void {
    if (outcome === 'success') this.#report(dep, running, 'finished', { outputs: true });
    else if (outcome === 'failure' || running.error !== null) this.#report(dep, running, 'failed');
    else this.#report(dep, running, 'cancelled');
  }

  async #cancel(fnIds: readonly number[]): Promise<void> {
    for (const id of fnIds) {
      const running = this.#running.get(id);
      if (!running) continue;
      this.#running.delete(id);
      const dep = this.#index.get(id);
      if (dep) this.#setStatus(dep, null);
      if (dep) this.#report(dep, running, 'cancelled');
      await running.submission?.cancel().catch(() => undefined);
      // As Gradio's frontend: what waits on the cancelled run (its .then and .failure children)
      // runs now (a ChatInterface's stop brings its submit button and history back this way).
      if (dep) void this.#chain(dep, 'failure', null);
    }
  }

  async #chain(
    dep: DependencyConfig,
    outcome: 'success' | 'failure',
    triggerId: number | null,
  ): Promise<void> {
    await Promise.all(this.#index.children(dep.id, outcome).map((child) => this.run(child, triggerId, null)));
  }

  #gather(dep: DependencyConfig): unknown[] {
    return dep.inputs.map((id, i) =>
      dep.componentPropInputs.includes(i) ? { ...this.#store.props(id) } : this.#store.value(id),
    );
  }

  #statusTargets(dep: DependencyConfig): number[] {
    return dep.showProgressOn ?? dep.outputs;
  }

  #setStatus(dep: DependencyConfig, status: LoadingStatus | null): void {
    for (const id of this.#statusTargets(dep)) this.#store.setStatus(id, status);
  }

  /**
   * Writes outputs, then fires what Gradio fires when the server (not the user) changes a
   * block: `change` for a new value or a newly selected tab (and `select` on that tab),
   * `expand`/`collapse` for an accordion opened or closed by an update. Returns whether any
   * output's value changed.
   */
  #applyOutputs(dep: DependencyConfig, data: readonly unknown[]): boolean {
    let valueChanged = false;
    dep.outputs.forEach((id, i) => {
      const changed = applyOutput(this.#store, id, data[i]);
      if (changed.includes('value')) valueChanged = true;
      const type = this.#store.component(id)?.type;
      if (changed.includes('value') || (type === 'tabs' && changed.includes('selected'))) {
        this.trigger(id, 'change');
      }
      if (type === 'tabs' && changed.includes('selected')) {
        const tab = this.#hooks.selectedTab?.(id);
        if (tab) this.trigger(tab.id, 'select', tab.data);
      }
      if (type === 'accordion' && changed.includes('open')) {
        this.trigger(id, this.#store.props(id).open ? 'expand' : 'collapse');
      }
    });
    return valueChanged;
  }

  /** Runs one dependency to its end. Resolves how it ended, for the chain. */
  async #execute(
    dep: DependencyConfig,
    running: Running,
    eventData: unknown,
  ): Promise<'success' | 'failure' | 'stopped'> {
    // A file still uploading into an input is part of this run's inputs: wait for it.
    const uploading = this.#store.settled(dep.inputs);
    if (uploading) await uploading;
    let inputs = this.#gather(dep);
    try {
      if (dep.jsImplementation) {
        this.#applyOutputs(dep, this.#asOutputs(dep, await this.#runJs(dep.jsImplementation, inputs)));
        return 'success';
      }
      if (dep.js) {
        const template = templateAction(dep.js);
        const result = template
          ? await this.#hooks.templateButton?.(template, { triggerId: running.triggerId, inputs })
          : await this.#runJs(dep.js, inputs);
        if (!dep.backendFn) {
          this.#applyOutputs(dep, this.#asOutputs(dep, result));
          return 'success';
        }
        if (result !== undefined)
          inputs = Array.isArray(result) && dep.inputs.length !== 1 ? result : [result];
      }
    } catch (error) {
      running.error = `The app's JavaScript failed: ${(error as Error).message}`;
      this.#errorToast(running.error);
      return 'failure';
    }
    if (!dep.backendFn) return 'success';
    return this.#submit(dep, running, inputs, eventData);
  }

  #runJs(source: string, inputs: readonly unknown[]): Promise<unknown> {
    return this.#hooks.runJs ? this.#hooks.runJs(source, inputs) : runEventJs(source, inputs);
  }

  #asOutputs(dep: DependencyConfig, result: unknown): unknown[] {
    if (result === undefined) return [];
    if (!Array.isArray(result) || dep.outputs.length === 1) return [result];
    return result;
  }

  async #submit(
    dep: DependencyConfig,
    running: Running,
    inputs: unknown[],
    eventData: unknown,
  ): Promise<'success' | 'failure' | 'stopped'> {
    const startedAt = performance.now();
    const base: LoadingStatus = {
      stage: 'pending',
      mode: dep.showProgress,
      position: null,
      size: null,
      eta: null,
      startedAt,
      progress: null,
      message: null,
    };
    this.#setStatus(dep, base);
    let submission: Submission;
    try {
      submission = this.#client.submit(dep.id, inputs, eventData, running.triggerId);
    } catch (error) {
      running.error = (error as Error).message;
      this.#setStatus(dep, { ...base, stage: 'error', message: running.error });
      this.#errorToast(running.error);
      return 'failure';
    }
    running.submission = submission;
    if (dep.connection === 'stream') {
      running.stream = { state: 'waiting', timer: null };
      this.#setStreamState(dep, 'waiting');
    }
    try {
      return await this.#follow(dep, running, submission, base);
    } finally {
      // However the event ended (the user stopped, the time limit, an error), a streaming input
      // that is still going must stop: its next chunk would start a new event.
      if (running.stream) {
        this.#endStream(dep, running, false);
        for (const id of streamSources(dep)) this.#endedStreams.add(id);
      }
    }
  }

  /** Reads a submission's messages into the store until it ends; resolves how it ended. */
  async #follow(
    dep: DependencyConfig,
    running: Running,
    submission: Submission,
    base: LoadingStatus,
  ): Promise<'success' | 'failure' | 'stopped'> {
    let status = base;
    for await (const event of submission as AsyncIterable<ClientEvent>) {
      // A cancel removed us from the running set: stop listening.
      if (this.#running.get(dep.id) !== running) return 'stopped';
      if (
        event.type === 'status' &&
        running.stream?.state === 'waiting' &&
        (event.original_msg === 'process_starts' ||
          event.stage === 'streaming' ||
          event.stage === 'generating')
      ) {
        this.#streamOpened(dep, running);
      }
      if (event.type === 'data') {
        const changed = this.#applyOutputs(dep, event.data);
        // A generator's new value is news; the server's closing repeat of the last one is not.
        if (dep.generator && changed)
          this.#report(dep, running, 'progress', { progress: status, outputs: true });
      } else if (event.type === 'log') {
        this.#hooks.toast({
          level: (['info', 'warning', 'success', 'error'].includes(event.level)
            ? event.level
            : 'info') as Toast['level'],
          title: event.title ?? '',
          message: event.log,
          duration: event.duration === undefined ? 10 : event.duration,
          visible: event.visible !== false,
        });
      } else if (event.type === 'render') {
        this.#render(event.data);
      } else if (event.type === 'status') {
        const outcome = this.#onStatus(dep, event, status, running);
        if (outcome) return outcome;
        status = this.#statusFrom(event, status);
        this.#setStatus(dep, status);
        this.#report(dep, running, 'progress', { progress: status });
      }
    }
    // A cancelled submission may simply end: that is no success to chain on.
    if (this.#running.get(dep.id) !== running) return 'stopped';
    this.#setStatus(dep, null);
    return 'success';
  }

  /**
   * The server started a streaming-input event: later chunks go into it, until the user stops or
   * its `time_limit` runs out (the server ends it then too; this ends it on time if the server
   * is waiting for a chunk that will not come).
   */
  #streamOpened(dep: DependencyConfig, running: Running): void {
    const stream = running.stream!;
    stream.state = 'open';
    this.#setStreamState(dep, 'open');
    if (dep.timeLimit !== null && dep.timeLimit > 0) {
      stream.timer = setTimeout(() => {
        if (this.#running.get(dep.id) !== running || !running.stream) return;
        for (const id of streamSources(dep)) this.#endedStreams.add(id);
        this.#endStream(dep, running);
      }, dep.timeLimit * 1000);
    }
  }

  /** Gradio's error toast: titled "Error" and shown for 10 s unless the server said otherwise. */
  #errorToast(message: string, title = 'Error', duration: number | null = 10): void {
    this.#hooks.toast({ level: 'error', title, message, duration, visible: true });
  }

  /** A @gr.render run finished: new blocks in the store, new listeners, their load events. */
  #render(data: unknown): void {
    try {
      const update = normalizeRenderConfig(data);
      const loads = applyRender(this.#store, this.#index, update);
      applyEventArgs(this.#store, update.dependencies);
      for (const dep of loads) void this.run(dep, null, null);
    } catch (error) {
      this.#errorToast((error as Error).message);
    }
  }

  #statusFrom(event: StatusEvent, previous: LoadingStatus): LoadingStatus {
    return {
      ...previous,
      stage: event.stage,
      position: event.position ?? previous.position,
      size: event.size ?? previous.size,
      eta: event.eta ?? previous.eta,
      progress: event.progress_data ?? previous.progress,
    };
  }

  /** Handles the statuses that end a run; returns how it ended, or nothing to go on. */
  #onStatus(
    dep: DependencyConfig,
    event: StatusEvent,
    status: LoadingStatus,
    running: Running,
  ): 'success' | 'failure' | 'stopped' | undefined {
    for (const id of event.changed_state_ids ?? []) this.trigger(id, 'change');
    if (event.stage === 'complete') {
      this.#setStatus(dep, null);
      this.#hooks.connectionRestored?.();
      if (dep.scrollToOutput) this.#hooks.scrollTo?.(dep.outputs);
      return 'success';
    }
    if (event.stage !== 'error') return undefined;
    if (event.broken || event.session_not_found) {
      this.#setStatus(dep, null);
      running.error = 'The connection to the app was lost.';
      this.#hooks.connectionLost(
        'The connection to the app was lost. Your inputs are kept; try again once the app is back.',
      );
      return 'stopped';
    }
    if (Array.isArray(event.message) && !event.message.some((entry) => isValidationIssue(entry))) {
      // 6.x validators: one entry per input, shown on that input; no failure chain.
      const invalid = (event.message as { is_valid?: boolean; message?: string }[]).filter(
        (entry) => entry.is_valid === false,
      );
      running.error =
        invalid.map((entry) => entry.message ?? 'Invalid input.').join('\n') || 'Invalid input.';
      event.message.forEach((entry: { is_valid?: boolean; message?: string }, i) => {
        const id = dep.inputs[i];
        if (id !== undefined)
          this.#store.patch(id, { validation_error: entry.is_valid === false ? entry.message : null });
      });
      this.#setStatus(dep, null);
      return 'stopped';
    }
    const message = Array.isArray(event.message) ? refusedData(event.message) : messageOf(event.message);
    running.error = message || null;
    this.#setStatus(dep, { ...status, stage: 'error', message });
    if (event.visible !== false) {
      this.#errorToast(message || 'Something went wrong in the app.', event.title, event.duration);
    }
    return 'failure';
  }
}

/** An entry of a server's 422 answer (FastAPI's request validation): `{loc, msg, type}`. */
function isValidationIssue(entry: unknown): entry is { loc?: unknown[]; msg: string } {
  return typeof entry === 'object' && entry !== null && 'msg' in entry && !('is_valid' in entry);
}

/** The message for a 422 answer to an event: the server refused the data it was sent. */
function refusedData(issues: unknown[]): string {
  const lines = issues.filter(isValidationIssue).map((issue) => {
    const where = Array.isArray(issue.loc) ? issue.loc.join(' › ') : '';
    return where ? `${issue.msg} (${where})` : issue.msg;
  });
  return `The app refused the data of this event (422): ${lines.join('; ')}. Your inputs are kept.`;
}
