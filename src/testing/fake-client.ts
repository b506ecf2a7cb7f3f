/**
 * A scripted stand-in for the Gradio client, for the dispatcher's unit tests: each submission
 * replays the events a test gives it, in order.
 */
import type { ClientEvent, ClientPort, Submission } from '../engine/client-events.js';
import type { ComponentConfig, DependencyConfig } from '../config/config-types.js';

export const component = (id: number, value: unknown = ''): ComponentConfig => ({
  id,
  type: 'textbox',
  props: { value },
  key: null,
  componentClassId: null,
  skipApi: false,
  renderedIn: null,
});

export function dep(partial: Partial<DependencyConfig> & { id: number }): DependencyConfig {
  return {
    targets: [],
    inputs: [],
    outputs: [],
    backendFn: true,
    js: null,
    jsImplementation: null,
    queue: true,
    apiName: null,
    scrollToOutput: false,
    showProgress: 'full',
    showProgressOn: null,
    cancels: [],
    generator: false,
    triggerAfter: null,
    triggerOnlyOnSuccess: false,
    triggerOnlyOnFailure: false,
    triggerMode: 'once',
    collectsEventData: false,
    connection: 'sse',
    timeLimit: null,
    streamEvery: 0.5,
    eventSpecificArgs: [],
    componentPropInputs: [],
    renderedIn: null,
    ...partial,
  };
}

/** A channel of events the test pushes into, as the server would stream them. */
export class FakeSubmission implements Submission {
  readonly events: ClientEvent[] = [];
  #wake: (() => void) | null = null;
  #done = false;
  cancelled = false;
  constructor(
    readonly fnIndex: number,
    readonly data: unknown[],
  ) {}
  push(...events: ClientEvent[]): void {
    this.events.push(...events);
    this.#wake?.();
  }
  end(): void {
    this.#done = true;
    this.#wake?.();
  }
  async cancel(): Promise<void> {
    this.cancelled = true;
    this.end();
  }
  async *[Symbol.asyncIterator](): AsyncIterator<ClientEvent> {
    for (;;) {
      while (this.events.length) yield this.events.shift()!;
      if (this.#done) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}

export class FakeClient implements ClientPort {
  readonly submissions: FakeSubmission[] = [];
  /** How each fn answers by default: data then complete. */
  constructor(readonly answer: (fn: number, data: unknown[]) => ClientEvent[] | null = () => null) {}
  submit(fnIndex: number, data: unknown[]): Submission {
    const submission = new FakeSubmission(fnIndex, data);
    this.submissions.push(submission);
    const events = this.answer(fnIndex, data);
    if (events) {
      queueMicrotask(() => {
        submission.push(...events);
        submission.end();
      });
    }
    return submission;
  }
  componentServer(): Promise<unknown> {
    return Promise.reject(new Error('no component server in this fake'));
  }
  upload(): Promise<never> {
    return Promise.reject(new Error('no uploads in this fake'));
  }
  close(): void {}
}

export const ok = (...data: unknown[]): ClientEvent[] => [
  { type: 'data', data },
  { type: 'status', stage: 'complete' },
];
export const fail = (message: string): ClientEvent[] => [
  { type: 'status', stage: 'error', message, title: 'Error' },
];
