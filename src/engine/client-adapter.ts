import type { Client } from '@gradio/client';
import type { FileData } from '../base/file-data.js';
import type { ClientEvent, ClientPort, StreamChunk, Submission, UploadTransfer } from './client-events.js';
import { watchUploadProgress } from './upload-progress.js';
import { streamedValuesCopied } from './share-structure.js';
import { bearer, type TokenSource } from '../source/request-auth.js';

/** Signals of uploads in flight, by upload id: the client's fetch takes no signal of its own. */
const uploadSignals = new Map<string, AbortSignal>();

export interface ConnectOptions {
  /**
   * Send the app's own cookies with its requests. Off by default (a guest sends none); on for an
   * app with a LoginButton, whose sign-in is a session cookie on the app's origin.
   */
  withCredentials?: boolean;
  /**
   * Send headers of ours (the official UI's `x-gradio-user`). On by default; off for servers
   * whose CORS preflight refuses headers it does not know.
   */
  customHeaders?: boolean;
  /**
   * A bearer token for every request (the client's `token` option: `Authorization: Bearer`, and
   * the Space JWT for file URLs). Read at each request, so a refreshed token applies at once.
   */
  token?: TokenSource;
  /** Start the client only when first needed or warmed, not at once. */
  lazy?: boolean;
}

/**
 * Connects @gradio/client with settings safe for a guest on someone else's page: the config we
 * already fetched (so the host's window.gradio_config is never read), no run history in the
 * host's localStorage, all four event kinds, and State nulls kept so output indices hold.
 *
 * Returns at once: the client's own start-up (its chunk, then the API description it fetches)
 * goes on in the background, off the path to the first render; an event submitted before it
 * ends waits for it. With `lazy`, it starts only when first needed (an event, an upload, a
 * server function) or asked for (`warm`, when the visitor reaches for the app): a visit that
 * never uses the app never loads it.
 */
export function connectClient(
  url: string,
  rawConfig: Record<string, unknown>,
  options: ConnectOptions = {},
): ClientPort {
  let ready: Promise<Client> | null = null;
  let closed = false;
  // Set when the connection broke (or the client could not start): the next event starts over
  // in a fresh session. A dropped event stream leaves the old session unusable for a while (the
  // server, once it notices, cancels every event of that session, the new ones included), and a
  // restarted server no longer knows it.
  let stale = false;
  /** The API description, fetched ahead of a lazy start (`prefetch`); handed to the client once. */
  let info: { url: string; response: Promise<Response> } | null = null;
  const early: EarlyResponses = (href) => {
    if (!info || info.url !== href) return null;
    const { response } = info;
    info = null;
    return response;
  };
  const start = (): Promise<Client> => {
    const starting = startClient(url, rawConfig, options, early);
    ready = starting;
    // A failed start-up surfaces on the first event, as that event's error.
    starting.catch(() => {
      if (ready === starting) stale = true;
    });
    return starting;
  };
  /** The client, started now if it has not been. */
  const connected = (): Promise<Client> =>
    ready ?? (closed ? Promise.reject(new Error('The app was closed.')) : start());
  if (!options.lazy) start();
  // What the official UI sends with each event; an old server's CORS would refuse the join.
  const headers = options.customHeaders === false ? {} : { 'x-gradio-user': 'app' };
  return {
    warm() {
      if (!ready && !closed) start();
    },
    prefetch() {
      const href = apiInfoUrl(rawConfig);
      if (ready || closed || info || !href) return;
      const response = fetch(href, {
        headers: bearer(options.token),
        credentials: options.withCredentials ? 'include' : 'same-origin',
      });
      response.catch(() => undefined);
      info = { url: href, response };
    },
    submit(fnIndex, data, eventData, triggerId) {
      if (stale && !closed) {
        stale = false;
        const old = ready;
        start();
        void old?.then(
          (client) => client.close(),
          () => undefined,
        );
      }
      const current = connected();
      const submission = deferred(
        current.then((client) => {
          // The sixth argument exists at runtime but not in the published type.
          const submit = client.submit as unknown as (...args: unknown[]) => ClientSubmission;
          return adapt(submit(fnIndex, data, eventData, triggerId, undefined, headers));
        }),
      );
      return streamedValuesCopied(
        whenBroken(submission, () => {
          if (ready === current) stale = true;
        }),
      );
    },
    async componentServer(componentId, fnName, data) {
      return (await connected()).component_server(componentId, fnName, data);
    },
    async upload(files, transfer) {
      return uploadThrough(await connected(), files, transfer, {
        headers: bearer(options.token),
        credentials: options.withCredentials ? 'include' : 'same-origin',
      });
    },
    async sessionHash() {
      return (await connected()).session_hash;
    },
    close() {
      if (closed) return;
      closed = true;
      void ready?.then(
        (client) => client.close(),
        () => undefined,
      );
    },
  };
}

/** Relays a submission, calling `lost` when it reports a broken connection or a lost session. */
function whenBroken(submission: Submission, lost: () => void): Submission {
  return {
    async *[Symbol.asyncIterator](): AsyncIterator<ClientEvent> {
      for await (const event of submission) {
        if (event.type === 'status' && event.stage === 'error' && (event.broken || event.session_not_found))
          lost();
        yield event;
      }
    },
    cancel: () => submission.cancel(),
    sendChunk: (chunk) => submission.sendChunk?.(chunk),
    closeStream: () => submission.closeStream?.(),
  };
}

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

/** A submission that may not have started yet: it waits, then relays; a failed start is an error status. */
function deferred(pending: Promise<Submission>): Submission {
  return {
    async *[Symbol.asyncIterator](): AsyncIterator<ClientEvent> {
      let submission: Submission;
      try {
        submission = await pending;
      } catch (error) {
        yield {
          type: 'status',
          stage: 'error',
          broken: true,
          message: `Could not connect to the app: ${(error as Error).message}`,
        };
        return;
      }
      yield* submission;
    },
    async cancel() {
      await (await pending.catch(() => null))?.cancel();
    },
    sendChunk(chunk) {
      void pending.then((submission) => submission.sendChunk?.(chunk)).catch(() => undefined);
    },
    closeStream() {
      void pending.then((submission) => submission.closeStream?.()).catch(() => undefined);
    },
  };
}

/** A response fetched ahead for a URL the client is about to request, or null (see `prefetch`). */
type EarlyResponses = (href: string) => Promise<Response> | null;

/**
 * Where the client asks for the app's API description: `{root}{api_prefix}/info`, joined as
 * @gradio/client joins URLs (view_api). Null when the config has no usable root.
 */
function apiInfoUrl(rawConfig: Record<string, unknown>): string | null {
  const root = typeof rawConfig.root === 'string' ? rawConfig.root : '';
  const prefix = typeof rawConfig.api_prefix === 'string' ? rawConfig.api_prefix : '';
  try {
    return [prefix, 'info'].reduce(
      (base, part) => new URL(part.replace(/^\/+/, ''), `${base.replace(/\/+$/, '')}/`).href,
      root,
    );
  } catch {
    return null;
  }
}

async function startClient(
  url: string,
  rawConfig: Record<string, unknown>,
  options: ConnectOptions,
  early: EarlyResponses = () => null,
): Promise<Client> {
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
  // Its own chunk: the first render never waits for the client's code.
  const { Client } = await import('@gradio/client');
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
  return client;
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
    const { prepare_files } = await import('@gradio/client');
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
