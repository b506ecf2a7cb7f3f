import { Client } from '@gradio/client';
import type { ClientPort, Submission } from './client-events.js';

/**
 * Connects @gradio/client with settings safe for a guest on someone else's page: the config we
 * already fetched (so the host's window.gradio_config is never read), no run history in the
 * host's localStorage, all four event kinds, and State nulls kept so output indices hold.
 */
export async function connectClient(url: string, rawConfig: Record<string, unknown>): Promise<ClientPort> {
  const client = new Client(url, {
    with_null_state: true,
    events: ['data', 'status', 'log', 'render'],
    record_history: false,
  } as ConstructorParameters<typeof Client>[1]);
  // The client would otherwise fetch /config itself, or use the host page's window.gradio_config.
  const internals = client as unknown as {
    resolve_config: () => Promise<unknown>;
    init(): Promise<void>;
    fetch: typeof fetch;
  };
  internals.resolve_config = async () => rawConfig;
  // The client appends the host page's query string to queue and run calls: the host's URL is
  // not the app's state, so it never reaches the app's server.
  const clientFetch = internals.fetch;
  internals.fetch = (input, init) => clientFetch(withoutHostQuery(input), init);
  // Client.connect() is `new Client()` + init(); we construct it ourselves to swap the resolver.
  await internals.init();
  return {
    submit(fnIndex, data, eventData, triggerId) {
      // The sixth argument exists at runtime but not in the published type.
      const submit = client.submit as unknown as (...args: unknown[]) => Submission;
      return submit(fnIndex, data, eventData, triggerId, undefined, { 'x-gradio-user': 'app' });
    },
    close() {
      client.close();
    },
  };
}

/** Strips the query string the client copies from the host page off queue joins and runs. */
function withoutHostQuery(input: RequestInfo | URL): RequestInfo | URL {
  if (typeof input !== 'string' && !(input instanceof URL)) return input;
  const url = new URL(String(input));
  if (!/\/queue\/join$|\/run\/[^/]+$/.test(url.pathname)) return input;
  url.search = '';
  return url.href;
}
