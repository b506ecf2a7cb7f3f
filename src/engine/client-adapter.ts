import type { ClientEvent, ClientPort, Submission } from './client-events.js';
import type { StartedClient } from './gradio-client.js';
import { bearer, type TokenSource } from '../source/request-auth.js';

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
  let ready: Promise<StartedClient> | null = null;
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
  const start = (): Promise<StartedClient> => {
    // Its own chunk, with the client's code: the first render never waits for it.
    const starting = import('./gradio-client.js').then((client) =>
      client.startClient(url, rawConfig, options, early),
    );
    ready = starting;
    // A failed start-up surfaces on the first event, as that event's error.
    starting.catch(() => {
      if (ready === starting) stale = true;
    });
    return starting;
  };
  /** The client, started now if it has not been. */
  const connected = (): Promise<StartedClient> =>
    ready ?? (closed ? Promise.reject(new Error('The app was closed.')) : start());
  if (!options.lazy) start();
  // What the official UI sends with each event; an old server's CORS would refuse the join.
  const headers: Record<string, string> = options.customHeaders === false ? {} : { 'x-gradio-user': 'app' };
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
        current.then((client) => client.submit(fnIndex, data, eventData, triggerId, headers)),
      );
      return whenBroken(submission, () => {
        if (ready === current) stale = true;
      });
    },
    async componentServer(componentId, fnName, data) {
      return (await connected()).componentServer(componentId, fnName, data);
    },
    async upload(files, transfer) {
      return (await connected()).upload(files, transfer);
    },
    async sessionHash() {
      return (await connected()).sessionHash;
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
export type EarlyResponses = (href: string) => Promise<Response> | null;

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
