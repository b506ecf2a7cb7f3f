/**
 * @gradio/client, started and wrapped for a guest on someone else's page (see connectClient in
 * client-adapter.ts, which loads this module, and the client's code with it, only when the app
 * first needs its server).
 */
import { Client, prepare_files } from '@gradio/client';
import type { FileData } from '../base/file-data.js';
import type { ClientEvent, StreamChunk, Submission, UploadTransfer } from './client-events.js';
import type { ConnectOptions, EarlyResponses } from './client-adapter.js';
import { watchUploadProgress } from './upload-progress.js';
import { streamedValuesCopied } from './share-structure.js';
import { bearer } from '../source/request-auth.js';

/** A started client, under the names the adapter uses. */
export interface StartedClient {
  submit(
    fnIndex: number,
    data: unknown[],
    eventData: unknown,
    triggerId: number | null,
    headers: Record<string, string>,
  ): Submission;
  componentServer(componentId: number, fnName: string, data: unknown): Promise<unknown>;
  upload(files: readonly File[], transfer: UploadTransfer): Promise<FileData[]>;
  /** The session id the server keeps this app's state under. */
  readonly sessionHash: string;
  close(): void;
}

/** Signals of uploads in flight, by upload id: the client's fetch takes no signal of its own. */
const uploadSignals = new Map<string, AbortSignal>();

/** The client's own submission object: its iteration, cancel, and the streaming-input calls. */
interface ClientSubmission extends AsyncIterable<ClientEvent> {
  cancel(): Promise<void>;
  send_chunk(payload: StreamChunk): void;
  close_stream(): void;
}

/** The client's submission under our port's names. */
function adapt(raw: ClientSubmission): Submission {
  return {
    [Symbol.asyncIterator]: () => raw[Symbol.asyncIterator](),
    cancel: () => raw.cancel(),
    sendChunk: (chunk) => raw.send_chunk(chunk),
    closeStream: () => raw.close_stream(),
  };
}

export async function startClient(
  url: string,
  rawConfig: Record<string, unknown>,
  options: ConnectOptions,
  early: EarlyResponses,
): Promise<StartedClient> {
  const clientOptions = {
    with_null_state: true,
    events: ['data', 'status', 'log', 'render'],
    record_history: false,
    ...(options.withCredentials ? { credentials: 'include' } : {}),
  };
  // The client reads `options.token` at each request: a getter keeps it in step with the host's.
  if (options.token) {
    const token = options.token;
    Object.defineProperty(clientOptions, 'token', { get: () => token() ?? undefined, enumerable: true });
  }
  const client = new Client(url, clientOptions as ConstructorParameters<typeof Client>[1]);
  // The client would otherwise fetch /config itself, or use the host page's window.gradio_config.
  const internals = client as unknown as {
    resolve_config: () => Promise<unknown>;
    init(): Promise<void>;
    fetch: typeof fetch;
    stream(url: URL): EventSource;
    stream_instance: EventSource | null;
    stream_status: { open: boolean };
    event_callbacks: StreamInternals['event_callbacks'];
    abort_controller: AbortController | null;
    close(): void;
  };
  internals.resolve_config = async () => rawConfig;
  // The client appends the host page's query string to queue and run calls: the host's URL is
  // not the app's state, so it never reaches the app's server.
  const clientFetch = internals.fetch;
  internals.fetch = (input, init) => {
    const request = withoutHostQuery(input);
    // The API description fetched ahead, when it came back well; else the client's own request.
    const ahead = early(request instanceof Request ? request.url : String(request));
    const own = (): Promise<Response> => clientFetch(request, withUploadSignal(input, init));
    return ahead ? ahead.then((response) => (response.ok ? response : own()), own) : own();
  };
  // client.close() aborts only the newest stream: once an event has opened /queue/data, the
  // /heartbeat stream would stay open and the server would never run the app's unload handlers.
  const streams = new Set<AbortController>();
  const openStream = internals.stream;
  internals.stream = (streamUrl: URL) => {
    const stream = openStream(streamUrl);
    if (internals.abort_controller) streams.add(internals.abort_controller);
    if (/\/queue\/data$/.test(streamUrl.pathname)) reopenAfterEnd(internals, stream);
    return stream;
  };
  const closeClient = internals.close.bind(client);
  internals.close = () => {
    closeClient();
    for (const controller of streams) controller.abort();
    streams.clear();
  };
  // Client.connect() is `new Client()` + init(); we construct it ourselves to swap the resolver.
  await internals.init();
  const init: RequestInit = {
    headers: bearer(options.token),
    credentials: options.withCredentials ? 'include' : 'same-origin',
  };
  return {
    submit(fnIndex, data, eventData, triggerId, headers) {
      // The sixth argument exists at runtime but not in the published type.
      const submit = client.submit as unknown as (...args: unknown[]) => ClientSubmission;
      return streamedValuesCopied(adapt(submit(fnIndex, data, eventData, triggerId, undefined, headers)));
    },
    componentServer: (componentId, fnName, data) => client.component_server(componentId, fnName, data),
    upload: (files, transfer) => uploadThrough(client, files, transfer, init),
    sessionHash: client.session_hash,
    close: () => client.close(),
  };
}

/**
 * Servers before 4.22 (sse_v1, sse_v2, sse_v2.1) end the event stream once a session has
 * nothing pending, without the `close_stream` message the client waits for: the client then
 * takes the ended stream for an open one, and every later event waits forever for messages.
 * When the newest stream ends, it is marked closed, so the next event opens a new one.
 *
 * A stream that ends cleanly while events still wait on it (a proxy or the network cut it
 * between two messages) would leave those events waiting forever: once the messages it
 * delivered have been handled, the ones still waiting hear that the connection broke.
 */
function reopenAfterEnd(internals: StreamInternals, stream: EventSource): void {
  let state = stream.readyState;
  Object.defineProperty(stream, 'readyState', {
    configurable: true,
    get: () => state,
    set(value: number) {
      state = value;
      if (value !== EventSource.CLOSED) return;
      if (internals.stream_instance === stream) internals.stream_status.open = false;
      const waiting = Object.keys(internals.event_callbacks);
      if (!waiting.length) return;
      // The client hands each message to its event on a timer: let those run first.
      setTimeout(() => {
        for (const id of waiting) {
          void internals.event_callbacks[id]?.({
            msg: 'broken_connection',
            message: 'Connection errored out. ',
          });
        }
      }, 100);
    },
  });
}

interface StreamInternals {
  stream_instance: EventSource | null;
  stream_status: { open: boolean };
  event_callbacks: Record<string, ((data: unknown) => Promise<void> | void) | undefined>;
}

/**
 * One upload through the client's own upload route, with an upload id so the server reports
 * progress on its stream, and the caller's signal attached to the request by that id.
 */
async function uploadThrough(
  client: Client,
  files: readonly File[],
  transfer: UploadTransfer,
  init: RequestInit,
): Promise<FileData[]> {
  const uploadId = Math.random().toString(36).slice(2, 12);
  const internals = client as unknown as { config: { root: string }; api_prefix: string };
  const root = internals.config.root;
  const stopWatching = new AbortController();
  const abort = (): void => stopWatching.abort();
  transfer.signal?.addEventListener('abort', abort, { once: true });
  if (transfer.signal) uploadSignals.set(uploadId, transfer.signal);
  if (transfer.onChunk) {
    const url = `${root}${internals.api_prefix}/upload_progress?upload_id=${uploadId}`;
    void watchUploadProgress(url, transfer.onChunk, stopWatching.signal, init);
  }
  try {
    const uploaded = await client.upload(await prepare_files([...files]), root, uploadId);
    // The client's FileData keeps the Blob: a value holding it would be uploaded again on submit.
    return (uploaded ?? []).map((file) => {
      if (!file) throw new Error('the server returned no file');
      const { blob: _blob, ...data } = file;
      return { ...data, meta: { _type: 'gradio.FileData' } } as FileData;
    });
  } finally {
    uploadSignals.delete(uploadId);
    transfer.signal?.removeEventListener('abort', abort);
    stopWatching.abort();
  }
}

/** Gives the client's upload request the signal its caller registered for that upload id. */
function withUploadSignal(input: RequestInfo | URL, init: RequestInit | undefined): RequestInit | undefined {
  if (typeof input !== 'string' && !(input instanceof URL)) return init;
  const id = new URL(String(input)).searchParams.get('upload_id');
  const signal = id ? uploadSignals.get(id) : undefined;
  return signal ? { ...init, signal } : init;
}

/** Strips the query string the client copies from the host page off queue joins and runs. */
function withoutHostQuery(input: RequestInfo | URL): RequestInfo | URL {
  if (typeof input !== 'string' && !(input instanceof URL)) return input;
  const url = new URL(String(input));
  if (!/\/queue\/join$|\/run\/[^/]+$/.test(url.pathname)) return input;
  url.search = '';
  return url.href;
}
