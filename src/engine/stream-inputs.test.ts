import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dispatcher, type EngineHooks } from './dispatcher.js';
import type { ClientEvent, ClientPort, StreamChunk, Submission } from './client-events.js';
import { AppStore } from '../store/app-store.js';
import type { ComponentConfig, DependencyConfig } from '../config/config-types.js';

const component = (id: number, value: unknown = null): ComponentConfig => ({
  id,
  type: 'audio',
  props: { value },
  key: null,
  componentClassId: null,
  skipApi: false,
  renderedIn: null,
});

/** A `.stream()` listener as 6.x configs have it: source 1 (a microphone), output 2. */
function streamDep(partial: Partial<DependencyConfig> = {}): DependencyConfig {
  return {
    id: 7,
    targets: [{ id: 1, event: 'stream' }],
    inputs: [1, 3],
    outputs: [2],
    backendFn: true,
    js: null,
    jsImplementation: null,
    queue: true,
    apiName: null,
    scrollToOutput: false,
    showProgress: 'minimal',
    showProgressOn: null,
    cancels: [],
    generator: false,
    triggerAfter: null,
    triggerOnlyOnSuccess: false,
    triggerOnlyOnFailure: false,
    triggerMode: 'multiple',
    collectsEventData: false,
    connection: 'stream',
    timeLimit: null,
    streamEvery: 0.25,
    eventSpecificArgs: ['stream_every'],
    componentPropInputs: [],
    renderedIn: null,
    ...partial,
  };
}

/** A streaming submission the test drives: the server's messages in, the chunks sent out. */
class FakeStream implements Submission {
  readonly chunks: StreamChunk[] = [];
  closed = false;
  #events: ClientEvent[] = [];
  #wake: (() => void) | null = null;
  #done = false;
  constructor(readonly data: unknown[]) {}
  push(...events: ClientEvent[]): void {
    this.#events.push(...events);
    this.#wake?.();
  }
  end(): void {
    this.#done = true;
    this.#wake?.();
  }
  async cancel(): Promise<void> {
    this.end();
  }
  sendChunk(chunk: StreamChunk): void {
    this.chunks.push(chunk);
  }
  closeStream(): void {
    this.closed = true;
    this.end();
  }
  async *[Symbol.asyncIterator](): AsyncIterator<ClientEvent> {
    for (;;) {
      while (this.#events.length) yield this.#events.shift()!;
      if (this.#done) return;
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }
}

class FakeClient implements ClientPort {
  readonly streams: FakeStream[] = [];
  submit(_fn: number, data: unknown[]): Submission {
    const stream = new FakeStream(data);
    this.streams.push(stream);
    return stream;
  }
  componentServer(): Promise<unknown> {
    return Promise.reject(new Error('none'));
  }
  upload(): Promise<never> {
    return Promise.reject(new Error('none'));
  }
  close(): void {}
}

const starts: ClientEvent = { type: 'status', stage: 'pending', original_msg: 'process_starts' };
const tick = () => new Promise((r) => setTimeout(r, 0));

async function setup(dep: DependencyConfig) {
  const store = new AppStore([component(1), component(2), component(3, 'other input')]);
  const hooks: EngineHooks = { toast: vi.fn(), connectionLost: vi.fn() };
  const client = new FakeClient();
  const dispatcher = new Dispatcher([dep], store, client, hooks);
  // The engine's code is here, as once the visitor has reached for the app: chunks go out at once.
  await dispatcher.warm();
  const chunk = (n: number) => {
    store.setValue(1, { path: `/tmp/chunk${n}.wav`, meta: { _type: 'gradio.FileData' } }, 'user');
    return dispatcher.trigger(1, 'stream');
  };
  return { store, client, dispatcher, chunk };
}

describe('streaming inputs (connection: "stream")', () => {
  afterEach(() => vi.useRealTimers());

  it("gives the source its event's stream_every and time_limit as props, before the engine loads", () => {
    const store = new AppStore([component(1), component(2), component(3)]);
    new Dispatcher([streamDep({ timeLimit: 3 })], store, new FakeClient(), {
      toast: vi.fn(),
      connectionLost: vi.fn(),
    });
    expect(store.props(1)).toMatchObject({ stream_every: 0.25, time_limit: 3 });
    expect(store.props(2).stream_every).toBeUndefined();
  });

  it('opens one event with the first chunk, drops chunks until the server starts it, then sends each into it', async () => {
    const { store, client, chunk, dispatcher } = await setup(streamDep());
    const run = chunk(0);
    await tick();
    expect(client.streams).toHaveLength(1);
    expect(client.streams[0]!.data).toEqual([
      { path: '/tmp/chunk0.wav', meta: { _type: 'gradio.FileData' } },
      'other input',
    ]);
    expect(store.props(1).stream_state).toBe('waiting');

    await Promise.all(chunk(1));
    expect(client.streams[0]!.chunks).toEqual([]);

    client.streams[0]!.push(starts);
    await tick();
    expect(store.props(1).stream_state).toBe('open');
    await Promise.all(chunk(2));
    await Promise.all(chunk(3));
    expect(client.streams).toHaveLength(1);
    expect(client.streams[0]!.chunks).toEqual([
      {
        fn_index: 7,
        data: [{ path: '/tmp/chunk2.wav', meta: { _type: 'gradio.FileData' } }, 'other input'],
        event_data: null,
      },
      {
        fn_index: 7,
        data: [{ path: '/tmp/chunk3.wav', meta: { _type: 'gradio.FileData' } }, 'other input'],
        event_data: null,
      },
    ]);
    // Outputs stream back as the server processes chunks.
    client.streams[0]!.push({ type: 'status', stage: 'streaming' }, { type: 'data', data: ['heard 3'] });
    await tick();
    expect(store.value(2)).toBe('heard 3');

    // The user stops: the event is closed on the server and the source reads `closed`.
    await Promise.all(dispatcher.trigger(1, 'stop_recording'));
    await Promise.all(run);
    expect(client.streams[0]!.closed).toBe(true);
    expect(store.props(1).stream_state).toBe('closed');

    // Recording again opens a new event.
    void chunk(4);
    await tick();
    expect(client.streams).toHaveLength(2);
  });

  for (const stop of ['clear', 'close_stream']) {
    it(`${stop} stops a stream too`, async () => {
      const { store, client, chunk, dispatcher } = await setup(streamDep());
      const run = chunk(0);
      await tick();
      client.streams[0]!.push(starts);
      await tick();
      dispatcher.trigger(1, stop);
      await Promise.all(run);
      expect(client.streams[0]!.closed).toBe(true);
      expect(store.props(1).stream_state).toBe('closed');
    });
  }

  it('time_limit ends the stream; later chunks open nothing until the source starts again', async () => {
    const { store, client, chunk, dispatcher } = await setup(streamDep({ timeLimit: 0.05 }));
    const run = chunk(0);
    await tick();
    client.streams[0]!.push(starts);
    await tick();
    await Promise.all(chunk(1));
    expect(client.streams[0]!.chunks).toHaveLength(1);
    await Promise.all(run);
    expect(client.streams[0]!.closed).toBe(true);
    expect(store.props(1).stream_state).toBe('closed');

    await Promise.all(chunk(2));
    await tick();
    expect(client.streams).toHaveLength(1);

    dispatcher.trigger(1, 'start_recording');
    void chunk(3);
    await tick();
    expect(client.streams).toHaveLength(2);
  });

  it('a stream the server ends (time limit on its side, an error) stops the source the same way', async () => {
    const { store, client, chunk } = await setup(streamDep({ timeLimit: 30 }));
    const run = chunk(0);
    await tick();
    client.streams[0]!.push(starts, { type: 'data', data: ['last'] }, { type: 'status', stage: 'complete' });
    await Promise.all(run);
    expect(client.streams[0]!.closed).toBe(false);
    expect(store.props(1).stream_state).toBe('closed');
    expect(store.value(2)).toBe('last');
    await Promise.all(chunk(1));
    expect(client.streams).toHaveLength(1);
  });
});
